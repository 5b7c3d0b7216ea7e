/**
 * The custom risk scale editor's words, Swedish first.
 */
import { defineStrings } from "../i18n";

export const riskScaleStrings = defineStrings(
  {
    heading: "Egen riskskala",
    intro:
      "Egna etiketter för sannolikhet och konsekvens, egna nivåer med färger och en nivå för varje ruta i matrisen.",
    current: (n: number, levels: string) =>
      `Sparad: ${n}×${n} med nivåerna ${levels}.`,
    none: "Ingen egen skala är sparad.",
    create: "Skapa egen skala",
    edit: "Redigera egen skala",
    size: "Storlek",
    sizeOption: (n: number) => `${n}×${n}`,
    startFrom: "Börja om från",
    start4: "Förval 4×4",
    start5: "Förval 5×5",
    likelihood: "Sannolikhet",
    consequence: "Konsekvens",
    stepLabel: (axis: string, step: number) => `${axis}, steg ${step}`,
    levels: "Nivåer, från lägst till högst",
    levelName: (n: number) => `Nivå ${n}, namn`,
    levelNameEn: (n: number) => `Nivå ${n}, engelskt namn`,
    levelColor: (n: number) => `Nivå ${n}, färg`,
    colorHex: (n: number) => `Nivå ${n}, färgkod (#RRGGBB)`,
    removeLevel: (name: string) => `Ta bort nivån ${name}`,
    addLevel: "Lägg till nivå",
    matrix: "Nivå per ruta (högsta sannolikhet överst)",
    corner: "Sannolikhet \\ Konsekvens",
    cellLabel: (s: string, k: string) => `Sannolikhet ${s}, konsekvens ${k}`,
    emptyLabel: "Skriv en etikett.",
    duplicateLabel: "Två steg har samma etikett.",
    emptyName: "Skriv ett namn.",
    duplicateName: "Två nivåer har samma namn.",
    badColor: "Skriv färgen som #RRGGBB, till exempel #63BE7B.",
    problems: (count: number) =>
      count === 1
        ? "1 uppgift behöver rättas innan skalan kan sparas."
        : `${count} uppgifter behöver rättas innan skalan kan sparas.`,
    save: "Spara och använd",
    cancel: "Avbryt",
    saving: "Sparar …",
    saved: "Den egna skalan är sparad och används.",
    notSaved: "Skalan kunde inte sparas.",
    colorName: (hex: string) =>
      (
        ({
          "#63BE7B": "grön",
          "#C6EFCE": "ljusgrön",
          "#FFEB84": "gul",
          "#F8A262": "orange",
          "#F8696B": "röd",
          "#C00000": "mörkröd",
          "#9BC2E6": "blå",
          "#D9D9D9": "grå",
        }) as Record<string, string>
      )[hex] ?? hex,
  },
  {
    heading: "Your own risk scale",
    intro:
      "Your own labels for likelihood and consequence, your own levels with colours, and a level for every cell of the matrix.",
    current: (n: number, levels: string) =>
      `Saved: ${n}×${n} with the levels ${levels}.`,
    none: "No scale of your own is saved.",
    create: "Create your own scale",
    edit: "Edit your own scale",
    size: "Size",
    sizeOption: (n: number) => `${n}×${n}`,
    startFrom: "Start again from",
    start4: "Preset 4×4",
    start5: "Preset 5×5",
    likelihood: "Likelihood",
    consequence: "Consequence",
    stepLabel: (axis: string, step: number) => `${axis}, step ${step}`,
    levels: "Levels, from lowest to highest",
    levelName: (n: number) => `Level ${n}, name`,
    levelNameEn: (n: number) => `Level ${n}, English name`,
    levelColor: (n: number) => `Level ${n}, colour`,
    colorHex: (n: number) => `Level ${n}, colour code (#RRGGBB)`,
    removeLevel: (name: string) => `Remove the level ${name}`,
    addLevel: "Add a level",
    matrix: "Level per cell (highest likelihood on top)",
    corner: "Likelihood \\ Consequence",
    cellLabel: (s: string, k: string) => `Likelihood ${s}, consequence ${k}`,
    emptyLabel: "Write a label.",
    duplicateLabel: "Two steps have the same label.",
    emptyName: "Write a name.",
    duplicateName: "Two levels have the same name.",
    badColor: "Write the colour as #RRGGBB, for example #63BE7B.",
    problems: (count: number) =>
      count === 1
        ? "1 entry needs correcting before the scale can be saved."
        : `${count} entries need correcting before the scale can be saved.`,
    save: "Save and use",
    cancel: "Cancel",
    saving: "Saving …",
    saved: "Your own scale is saved and in use.",
    notSaved: "The scale could not be saved.",
    colorName: (hex: string) =>
      (
        ({
          "#63BE7B": "green",
          "#C6EFCE": "light green",
          "#FFEB84": "yellow",
          "#F8A262": "orange",
          "#F8696B": "red",
          "#C00000": "dark red",
          "#9BC2E6": "blue",
          "#D9D9D9": "grey",
        }) as Record<string, string>
      )[hex] ?? hex,
  },
);
