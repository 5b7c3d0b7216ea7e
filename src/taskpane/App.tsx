/**
 * The task pane: a header, the tabs and "Ångra". It reaches the workbook only through the
 * WorkbookPort it is given, so the same component runs in Excel, in the browser preview and in
 * tests.
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
import { UndoBar } from "./components/UndoBar";
import { coreEngine } from "./engine";
import { onValidationRequested } from "./events";
import { FillPanel } from "./fill/FillPanel";
import { SettingsPanel } from "./settings/SettingsPanel";
import { EngineContext, PaneEngine } from "./state/EngineContext";
import { SettingsProvider, useSettings } from "./state/SettingsContext";
import { ValidationProvider, useValidation } from "./state/ValidationContext";
import { WriterProvider } from "./state/WriterContext";
import { TemplatesPanel } from "./templates/TemplatesPanel";
import { RiskPanel } from "./risk/RiskPanel";
import { ValidatePanel } from "./validate/ValidatePanel";
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
  /** The validation engine: src/core's unless a test gives its own. */
  engine?: PaneEngine;
  /** The language until the workbook's settings say otherwise (Office's display language). */
  initialLanguage?: Language;
}

export function App({
  port,
  engine = coreEngine,
  initialLanguage = "sv",
}: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <PortContext.Provider value={port}>
        <EngineContext.Provider value={engine}>
          <SettingsProvider initial={{ language: initialLanguage }}>
            <WriterProvider>
              <ValidationProvider>
                <Shell />
              </ValidationProvider>
            </WriterProvider>
          </SettingsProvider>
        </EngineContext.Provider>
      </PortContext.Provider>
    </FluentProvider>
  );
}

function Shell() {
  const styles = useStyles();
  const { settings } = useSettings();
  const validation = useValidation();
  const [tab, setTab] = React.useState<TabId>("validate");
  const strings = appStrings[settings.language];

  // The ribbon's "Validera" button: show the findings of the whole workbook.
  const start = validation.start;
  React.useEffect(
    () =>
      onValidationRequested(() => {
        setTab("validate");
        void start("workbook");
      }),
    [start],
  );

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
        <UndoBar />
        <main className={styles.panel}>
          <div
            role="tabpanel"
            id={`panel-${tab}`}
            aria-labelledby={`tab-${tab}`}
          >
            {tab === "validate" && <ValidatePanel />}
            {tab === "fill" && <FillPanel />}
            {tab === "templates" && <TemplatesPanel />}
            {tab === "risk" && <RiskPanel />}
            {tab === "goals" && <GoalsPanel />}
            {tab === "settings" && <SettingsPanel />}
          </div>
        </main>
      </div>
    </LanguageContext.Provider>
  );
}
