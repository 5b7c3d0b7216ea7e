/**
 * The workbook's settings for the whole task pane: loaded once through the port, saved back
 * into the workbook on every change (so the next person who opens the file gets the same).
 */
import * as React from "react";
import { DEFAULT_SETTINGS, Settings, parseSettings } from "../../core/settings";
import { usePort } from "../PortContext";

export interface SettingsApi {
  settings: Settings;
  /** False until the stored settings have been read. */
  loaded: boolean;
  /** Why the stored settings could not be used (Swedish), or null. */
  problem: string | null;
  update(patch: Partial<Settings>): Promise<void>;
}

const SettingsContext = React.createContext<SettingsApi | null>(null);

export function SettingsProvider({
  children,
  initial,
}: {
  children: React.ReactNode;
  initial?: Partial<Settings>;
}) {
  const port = usePort();
  const [settings, setSettings] = React.useState<Settings>({
    ...DEFAULT_SETTINGS,
    ...initial,
  });
  const [loaded, setLoaded] = React.useState(false);
  const [problem, setProblem] = React.useState<string | null>(null);

  React.useEffect(() => {
    let alive = true;
    port
      .loadSettings()
      .then((raw) => {
        if (!alive) return;
        if (raw === null || raw === undefined) return;
        const parsed = parseSettings(raw);
        if (parsed.ok) setSettings(parsed.settings);
        else setProblem(parsed.reason);
      })
      .catch(
        () =>
          alive &&
          setProblem("Inställningarna i arbetsboken kunde inte läsas."),
      )
      .finally(() => alive && setLoaded(true));
    return () => {
      alive = false;
    };
  }, [port]);

  const update = React.useCallback(
    async (patch: Partial<Settings>) => {
      const next = { ...settings, ...patch };
      setSettings(next);
      await port.saveSettings(next);
    },
    [port, settings],
  );

  const api = React.useMemo(
    () => ({ settings, loaded, problem, update }),
    [settings, loaded, problem, update],
  );
  return (
    <SettingsContext.Provider value={api}>{children}</SettingsContext.Provider>
  );
}

export function useSettings(): SettingsApi {
  const api = React.useContext(SettingsContext);
  if (!api)
    throw new Error("useSettings must be used inside <SettingsProvider>");
  return api;
}
