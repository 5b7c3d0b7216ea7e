/** The Inställningar tab's words. */
import { defineStrings } from "../i18n";

export const settingsStrings = defineStrings(
  {
    intro:
      "Inställningarna sparas i arbetsboken, så att nästa person som öppnar filen får samma.",
    signTitle: "Teckenkonvention",
    signAuto: "Automatiskt (läses av bladet)",
    signA: "A: intäkter positiva, kostnader negativa",
    signB: "B: kostnader positiva",
    signHint:
      "Avgör hur avvikelse räknas på kostnadsrader: A ger utfall − budget på alla rader.",
    baseTitle: "Bas för procentuell förändring",
    baseAuto: "Automatiskt (läses av bladet)",
    baseFrom: "Det gamla värdet: (nytt − gammalt) / gammalt",
    baseTo: "Det nya värdet: (nytt − gammalt) / nytt",
    toleranceTitle: "Avrundningstolerans",
    toleranceAuto: "Automatisk",
    toleranceAutoHint:
      "En enhet i sista siffran, upp till hälften av antalet delar i en summa.",
    toleranceValue: "Enheter i sista tryckta siffran",
    toleranceInvalid: "Ange ett tal mellan 0 och 1000.",
    riskTitle: "Riskskala",
    risk4: "4 × 4 (riskvärde 1–16)",
    risk5: "5 × 5 (riskvärde 1–25)",
    riskCustom: "Egen skala",
    languageTitle: "Språk",
    languageSv: "Svenska",
    languageEn: "English",
    saved: "Sparat i arbetsboken.",
    saving: "Sparar …",
    notSaved:
      "Inställningen gäller nu, men den kunde inte sparas i arbetsboken.",
    storedProblem: (reason: string) =>
      `Arbetsbokens sparade inställningar kunde inte användas: ${reason} Standardinställningarna gäller.`,
  },
  {
    intro:
      "The settings are saved in the workbook, so the next person who opens the file gets the same.",
    signTitle: "Sign convention",
    signAuto: "Automatic (read from the sheet)",
    signA: "A: income positive, costs negative",
    signB: "B: costs positive",
    signHint:
      "Decides how a deviation is computed on cost rows: A gives outcome − budget on every row.",
    baseTitle: "Base of a percentage change",
    baseAuto: "Automatic (read from the sheet)",
    baseFrom: "The old value: (new − old) / old",
    baseTo: "The new value: (new − old) / new",
    toleranceTitle: "Rounding tolerance",
    toleranceAuto: "Automatic",
    toleranceAutoHint:
      "One unit of the last digit, up to half the number of parts of a sum.",
    toleranceValue: "Units of the last printed digit",
    toleranceInvalid: "Enter a number between 0 and 1000.",
    riskTitle: "Risk scale",
    risk4: "4 × 4 (risk value 1–16)",
    risk5: "5 × 5 (risk value 1–25)",
    riskCustom: "Custom scale",
    languageTitle: "Language",
    languageSv: "Svenska",
    languageEn: "English",
    saved: "Saved in the workbook.",
    saving: "Saving …",
    notSaved:
      "The setting applies now, but it could not be saved in the workbook.",
    storedProblem: (reason: string) =>
      `The workbook's saved settings could not be used: ${reason} The defaults apply.`,
  },
);
