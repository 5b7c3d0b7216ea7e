/**
 * Every text the task pane shows, in Swedish first and English second. Each feature keeps its
 * words in its own dictionary made with defineStrings (the English half must have every key
 * the Swedish one has); components read them with useStrings, never from literals.
 */
import { createContext, useContext } from "react";
import { Language } from "../core/settings";

export type Dictionary<T> = Record<Language, T>;

/** A feature's texts: the Swedish set, and an English set with exactly the same keys. */
export function defineStrings<
  T extends Record<string, string | ((...args: never[]) => string)>,
>(sv: T, en: { [K in keyof T]: T[K] }): Dictionary<T> {
  return { sv, en };
}

export const LanguageContext = createContext<Language>("sv");

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The current language's half of a feature's dictionary. */
export function useStrings<T>(dictionary: Dictionary<T>): T {
  return dictionary[useContext(LanguageContext)];
}

export const appStrings = defineStrings(
  {
    appName: "Rapportkoll",
    tagline: "Kontrollera rapporten innan den lämnas in",
    tabsLabel: "Rapportkolls flikar",
    tabValidate: "Validera",
    tabFill: "Fyll i",
    tabTemplates: "Mallar",
    tabRisk: "Risk",
    tabSettings: "Inställningar",
  },
  {
    appName: "Rapportkoll",
    tagline: "Check the report before it is submitted",
    tabsLabel: "Rapportkoll tabs",
    tabValidate: "Validate",
    tabFill: "Fill in",
    tabTemplates: "Templates",
    tabRisk: "Risk",
    tabSettings: "Settings",
  },
);
