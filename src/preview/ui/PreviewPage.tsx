/**
 * The preview page: a title bar, the file commands, the workbook on the left and the real
 * Rapportkoll task pane on the right, wired to the workbook through a PreviewPort. Opening a
 * file gives a new workbook and a fresh task pane, as opening another file in Excel would.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  DismissRegular,
  FolderOpenRegular,
} from "@fluentui/react-icons";
import { App } from "../../taskpane/App";
import { PreviewPort } from "../../host/preview";
import { PreviewWorkbook } from "../model/previewWorkbook";
import { previewStrings } from "./strings";
import { WorkbookView, useBookVersion } from "./Workbook";
import { readXlsx, XlsxError } from "../xlsx/readXlsx";
import { writeXlsx } from "../xlsx/writeXlsx";
import { AddinParts } from "../xlsx/addinSettings";
import { parseSettings } from "../../core/settings";

export interface OpenDocument {
  book: PreviewWorkbook;
  name: string;
  addinParts?: AddinParts | null;
}

interface Notice {
  intent: "error" | "success" | "info";
  text: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  titleBar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    height: "40px",
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    backgroundColor: "#217346",
    color: "#FFFFFF",
    flexShrink: 0,
  },
  product: { fontWeight: tokens.fontWeightSemibold },
  fileName: { flexGrow: 1, textAlign: "center", opacity: 0.95 },
  badge: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#FFFFFF",
    color: "#0E5C2F",
    fontSize: tokens.fontSizeBase200,
  },
  commands: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  hint: { color: tokens.colorNeutralForeground3, marginLeft: "auto" },
  notice: { flexShrink: 0 },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  pane: {
    width: "400px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  hidden: { display: "none" },
});

export function PreviewPage({ initial }: { initial: OpenDocument }) {
  const styles = useStyles();
  const [doc, setDoc] = React.useState(initial);
  const [generation, setGeneration] = React.useState(0);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const port = React.useMemo(() => new PreviewPort(doc.book), [doc.book]);
  useBookVersion(doc.book);
  const parsed = parseSettings(doc.book.settings);
  const language = parsed.ok ? parsed.settings.language : "sv";
  const strings = previewStrings[language];

  const open = async (file: File) => {
    setBusy(strings.opening(file.name));
    setNotice(null);
    try {
      const opened = await readXlsx(await file.arrayBuffer());
      setDoc({
        book: opened.book,
        name: file.name,
        addinParts: opened.addinParts,
      });
      setGeneration((g) => g + 1);
      if (opened.notes.length)
        setNotice({ intent: "info", text: opened.notes.join(" ") });
    } catch (error) {
      const reason =
        error instanceof XlsxError
          ? language === "en"
            ? error.messageEn
            : error.message
          : String(error);
      setNotice({
        intent: "error",
        text: strings.openFailed(file.name, reason),
      });
    } finally {
      setBusy(null);
    }
  };

  const save = async () => {
    try {
      const bytes = await writeXlsx(doc.book, doc.addinParts ?? null);
      const name = doc.name.toLowerCase().endsWith(".xlsx")
        ? doc.name
        : `${doc.name}.xlsx`;
      const url = URL.createObjectURL(
        new Blob(
          [
            bytes.buffer.slice(
              bytes.byteOffset,
              bytes.byteOffset + bytes.byteLength,
            ) as ArrayBuffer,
          ],
          {
            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          },
        ),
      );
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      setNotice({ intent: "success", text: strings.saved(name) });
    } catch (error) {
      setNotice({
        intent: "error",
        text: strings.saveFailed((error as Error).message),
      });
    }
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.root}>
        <header className={styles.titleBar}>
          <Text className={styles.product}>{strings.product}</Text>
          <span className={styles.badge}>{strings.preview}</span>
          <Text className={styles.fileName} data-testid="file-name">
            {doc.name}
          </Text>
        </header>
        <div className={styles.commands}>
          <Toolbar aria-label={strings.commands} size="small">
            <ToolbarButton
              icon={<FolderOpenRegular />}
              onClick={() => fileInput.current?.click()}
            >
              {strings.open}
            </ToolbarButton>
            <ToolbarButton
              icon={<ArrowDownloadRegular />}
              onClick={() => void save()}
            >
              {strings.save}
            </ToolbarButton>
          </Toolbar>
          {busy && <Spinner size="extra-tiny" label={busy} />}
          <Caption1 className={styles.hint}>{strings.previewHint}</Caption1>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="open-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file) void open(file);
            }}
          />
        </div>
        {notice && (
          <MessageBar
            intent={notice.intent}
            className={styles.notice}
            data-testid="notice"
            aria-labelledby="preview-notice"
          >
            <MessageBarBody id="preview-notice">{notice.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={strings.dismiss}
                  icon={<DismissRegular />}
                  onClick={() => setNotice(null)}
                />
              }
            />
          </MessageBar>
        )}
        <div className={styles.main}>
          <WorkbookView
            key={`book-${generation}`}
            book={doc.book}
            strings={strings}
            onProblem={(text) => setNotice({ intent: "error", text })}
            onChanged={() =>
              setNotice((n) => (n?.intent === "error" ? null : n))
            }
          />
          <aside className={styles.pane} aria-label={strings.taskPane}>
            <App key={`pane-${generation}`} port={port} initialLanguage="sv" />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
