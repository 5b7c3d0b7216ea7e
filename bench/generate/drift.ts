/**
 * A driftredovisning of any size, the same for the same seed: the delårsrapport layout with 8
 * value columns (Helår: Budget | Prognos | Avvikelse; Jan-apr: Budget | Utfall | Avvikelse |
 * Utfall jan-apr föregående år; Bokslut 2023), verksamheter each followed by "Varav:" and ten
 * details, and Summa at the bottom — as Office.js would return it for the used range: values,
 * formulas (SUM per parent, a subtraction per avvikelse, SUMIF for Summa, since a sum of tens
 * of thousands of parents would not fit in an Excel formula) and number formats.
 *
 * Faults are planted as they happen in a recalculated workbook, one per `faultEvery` groups in
 * turn: a parent typed over with a constant, an avvikelse typed over, a SUM range that stops
 * one row early. The engine therefore pays for diagnostics and fixes, not only for silence.
 */
import { CellValue, SheetSnapshot, columnLetter, toA1 } from "../../src/core/workbook";
import { random } from "../support/random";

export const VALUE_COLUMNS = 8;
const DETAILS = 10;
const HEADER_ROWS = 4;
/** Columns (0-based, A = label) of the two avvikelse columns and what they subtract. */
export const DEVIATIONS: ReadonlyArray<{ col: number; budget: number; outcome: number }> = [
  { col: 3, budget: 1, outcome: 2 },
  { col: 6, budget: 4, outcome: 5 },
];

export interface DriftOptions {
  seed?: number;
  /** One planted fault per this many groups (0: none). */
  faultEvery?: number;
}

export interface GeneratedDrift {
  sheet: SheetSnapshot;
  /** Sheet rows (0-based) of each parent and the first and last of its details. */
  groups: { parent: number; first: number; last: number }[];
  summaRow: number;
  /** Planted faults, as "kind@A1". */
  faults: string[];
}

export function generateDrift(rows: number, options: DriftOptions = {}): GeneratedDrift {
  const next = random(options.seed ?? 1);
  const faultEvery = options.faultEvery ?? 40;
  const width = VALUE_COLUMNS + 1;
  const blank = (): CellValue[] => new Array<CellValue>(width).fill("");
  const values: CellValue[][] = [blank(), blank(), blank(), blank()];
  values[0][0] = "Driftredovisning per verksamhet, tkr";
  values[2][1] = "Helår";
  values[2][4] = "Jan-apr";
  values[3] = [
    "Verksamhet",
    "Budget",
    "Prognos",
    "Avvikelse",
    "Budget",
    "Utfall",
    "Avvikelse",
    "Utfall jan-apr föregående år",
    "Bokslut 2023",
  ];
  const formulas: CellValue[][] = values.map((row) => [...row]);
  const numberFormat: string[][] = values.map(() => new Array<string>(width).fill("General"));
  const groups: GeneratedDrift["groups"] = [];
  const faults: string[] = [];
  const groupCount = Math.max(1, Math.floor((rows - HEADER_ROWS - 1) / (DETAILS + 2)));
  const money = (): string[] => ["General", ...new Array<string>(VALUE_COLUMNS).fill("#,##0")];

  for (let g = 0; g < groupCount; g += 1) {
    const parent = values.length;
    const first = parent + 2;
    const last = first + DETAILS - 1;
    groups.push({ parent, first, last });
    const sums = new Array<number>(width).fill(0);
    const parentValues: CellValue[] = [`Verksamhet ${g + 1}`];
    const parentFormulas: CellValue[] = [`Verksamhet ${g + 1}`];
    values.push(parentValues);
    formulas.push(parentFormulas);
    numberFormat.push(money());
    values.push(["Varav:", ...new Array<CellValue>(VALUE_COLUMNS).fill("")]);
    formulas.push(["Varav:", ...new Array<CellValue>(VALUE_COLUMNS).fill("")]);
    numberFormat.push(new Array<string>(width).fill("General"));
    for (let d = 0; d < DETAILS; d += 1) {
      const r = values.length;
      const budget = -Math.round(1000 + next() * 99000);
      const prognos = budget + Math.round((next() - 0.5) * 4000);
      const periodBudget = Math.round(budget / 3);
      const periodOutcome = periodBudget + Math.round((next() - 0.5) * 1500);
      const previous = periodBudget + Math.round((next() - 0.5) * 3000);
      const bokslut = budget + Math.round((next() - 0.5) * 5000);
      const row: CellValue[] = [
        `Enhet ${g + 1}.${d + 1}`,
        budget,
        prognos,
        prognos - budget,
        periodBudget,
        periodOutcome,
        periodOutcome - periodBudget,
        previous,
        bokslut,
      ];
      const rowFormulas: CellValue[] = [...row];
      for (const dev of DEVIATIONS) {
        rowFormulas[dev.col] =
          `=${columnLetter(dev.outcome)}${r + 1}-${columnLetter(dev.budget)}${r + 1}`;
      }
      for (let c = 1; c < width; c += 1) sums[c] += row[c] as number;
      values.push(row);
      formulas.push(rowFormulas);
      numberFormat.push(money());
    }
    for (let c = 1; c < width; c += 1) {
      parentValues[c] = sums[c];
      parentFormulas[c] = `=SUM(${columnLetter(c)}${first + 1}:${columnLetter(c)}${last + 1})`;
    }
    if (faultEvery > 0 && g % faultEvery === faultEvery - 1) {
      plantFault(Math.floor(g / faultEvery) % 3, { parent, first, last }, values, formulas, faults);
    }
  }

  const summaRow = values.length;
  const summaValues: CellValue[] = ["Summa"];
  const summaFormulas: CellValue[] = ["Summa"];
  for (let c = 1; c < width; c += 1) {
    let total = 0;
    for (const group of groups) total += values[group.parent][c] as number;
    summaValues[c] = total;
    const col = columnLetter(c);
    summaFormulas[c] =
      `=SUMIF($A$${HEADER_ROWS + 1}:$A$${summaRow},"Verksamhet *",${col}${HEADER_ROWS + 1}:${col}${summaRow})`;
  }
  values.push(summaValues);
  formulas.push(summaFormulas);
  numberFormat.push(money());

  return {
    sheet: { name: "Drift", top: 0, left: 0, ...asDelivered({ values, formulas, numberFormat }) },
    groups,
    summaRow,
    faults,
  };
}

/**
 * The three arrays as the task pane receives them. Office.js answers the engine's one batched
 * read (values, formulas and number formats of the used range) with one message whose body it
 * parses with JSON.parse (RichApiMessageUtility.buildResponseOnSuccess in @microsoft/office-js):
 * each array's rows then lie together in memory, and every string is flat.
 * Built cell by cell, the arrays were interleaved with each other and with the strings, and
 * every string longer than twelve characters was a rope (V8 keeps a concatenation as its two
 * parts): measured on 100 000 rows, the bare pass took 2,7 times and the engine 1,15 times as
 * long as on the same snapshot parsed from JSON. One round trip through JSON gives the snapshot
 * as delivered, to the engine and the bare pass alike.
 */
function asDelivered<T>(arrays: T): T {
  return JSON.parse(JSON.stringify(arrays)) as T;
}

function plantFault(
  kind: number,
  group: { parent: number; first: number; last: number },
  values: CellValue[][],
  formulas: CellValue[][],
  faults: string[]
): void {
  if (kind === 0) {
    // A parent typed over: the constant no longer equals its details.
    const value = (values[group.parent][2] as number) - 1000;
    values[group.parent][2] = value;
    formulas[group.parent][2] = value;
    faults.push(`sum@${toA1(group.parent, 2)}`);
  } else if (kind === 1) {
    // An avvikelse typed over in a detail row.
    const row = group.first + 3;
    const value = (values[row][3] as number) + 250;
    values[row][3] = value;
    formulas[row][3] = value;
    // The parent's SUM follows the typed-over part, as Excel would recalculate it.
    values[group.parent][3] = (values[group.parent][3] as number) + 250;
    faults.push(`deviation@${toA1(row, 3)}`);
  } else {
    // A SUM that stops a row early: Excel computes it, so the cached value leaves a part out.
    const col = 5;
    const letter = columnLetter(col);
    values[group.parent][col] =
      (values[group.parent][col] as number) - (values[group.last][col] as number);
    formulas[group.parent][col] = `=SUM(${letter}${group.first + 1}:${letter}${group.last})`;
    faults.push(`sum@${toA1(group.parent, col)}`);
  }
}
