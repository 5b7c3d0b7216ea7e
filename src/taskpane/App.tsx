/**
 * The task pane: a header and the tabs. It reaches the workbook only through the WorkbookPort
 * it is given, so the same component runs in Excel, in the browser preview and in tests.
 */
import * as React from "react";
import {
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { WorkbookPort } from "../host/port";
import { Language } from "../core/settings";
import { LanguageContext, appStrings } from "./i18n";
import { PortContext } from "./PortContext";
import { Header } from "./components/Header";
import { SettingsProvider, useSettings } from "./state/SettingsContext";
import { WriterProvider } from "./state/WriterContext";
import { TemplatesPanel } from "./templates/TemplatesPanel";
import { GoalsPanel } from "./indicators/GoalsPanel";
import { goalStrings } from "./indicators/strings";

export type TabId =
  "validate" | "fill" | "templates" | "goals" | "risk" | "settings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tabs: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panel: {
    flexGrow: 1,
    padding: tokens.spacingHorizontalM,
  },
});

export interface AppProps {
  port: WorkbookPort;
  /** The language until the workbook's settings say otherwise (Office's display language). */
  initialLanguage?: Language;
}

export function App({ port, initialLanguage = "sv" }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <PortContext.Provider value={port}>
        <SettingsProvider initial={{ language: initialLanguage }}>
          <WriterProvider>
            <Shell />
          </WriterProvider>
        </SettingsProvider>
      </PortContext.Provider>
    </FluentProvider>
  );
}

function Shell() {
  const styles = useStyles();
  const { settings } = useSettings();
  const [tab, setTab] = React.useState<TabId>("validate");
  const strings = appStrings[settings.language];

  const tabs: { id: TabId; label: string }[] = [
    { id: "validate", label: strings.tabValidate },
    { id: "fill", label: strings.tabFill },
    { id: "templates", label: strings.tabTemplates },
    { id: "goals", label: goalStrings[settings.language].tab },
    { id: "risk", label: strings.tabRisk },
    { id: "settings", label: strings.tabSettings },
  ];

  return (
    <LanguageContext.Provider value={settings.language}>
      <div className={styles.root}>
        <Header />
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabId)}
          aria-label={strings.tabsLabel}
        >
          {tabs.map((t) => (
            <Tab
              key={t.id}
              value={t.id}
              id={`tab-${t.id}`}
              aria-controls={`panel-${t.id}`}
            >
              {t.label}
            </Tab>
          ))}
        </TabList>
        <main className={styles.panel}>
          <div
            role="tabpanel"
            id={`panel-${tab}`}
            aria-labelledby={`tab-${tab}`}
          >
            {tab === "templates" && <TemplatesPanel />}
            {tab === "goals" && <GoalsPanel />}
          </div>
        </main>
      </div>
    </LanguageContext.Provider>
  );
}
