/**
 * Reading the arguments of the risk functions: the scale (4, 5 or the organisation's own level
 * table) and the steps of sannolikhet and konsekvens, with messages that say which argument is
 * off and why.
 */
import {
  LevelTable,
  RiskRegister,
  MAX_RISK_SCALE_SIZE,
  presetScaleOfSize,
  riskStepProblem,
} from "../core/calc/risk";
import { RiskScale } from "../core/riskScale";
import {
  Cell,
  Grid,
  Out,
  asGrid,
  isKollError,
  kollError,
  optionalNumberArg,
  textArg,
} from "./args";

export interface ScaleChoice {
  size: number;
  /** The preset scale (4×4, 5×5) when no level table was given. */
  preset: RiskScale | null;
  /** The organisation's level table, row 0 = highest sannolikhet. */
  table: LevelTable | null;
}

const DEFAULT_SIZE = 4;

function scaleError(): CustomFunctions.Error {
  return kollError(
    CustomFunctions.ErrorCode.invalidValue,
    "Skala ska vara 4 (4×4, standard), 5 (5×5) eller en nivåtabell: ett kvadratiskt område med en nivå per cell, högsta sannolikhet överst.",
  );
}

/** The size a 1×1 skala argument names: 4, 5, "4", "5×5", "5x5"; null when it names none. */
function presetSize(cell: Cell): number | null {
  if (typeof cell === "number") return cell === 4 || cell === 5 ? cell : null;
  if (typeof cell !== "string") return null;
  const match = /^\s*([45])\s*(?:[x×*]\s*([45]))?\s*$/i.exec(cell);
  if (!match || (match[2] && match[2] !== match[1])) return null;
  return Number(match[1]);
}

/** The skala argument: omitted or blank → 4×4; 4 or 5 → preset; an n×n range → a level table. */
export function scaleArg(value: unknown): ScaleChoice {
  const grid: Grid = asGrid(value, "Skala");
  const rows = grid.length;
  const cols = grid[0].length;
  if (rows === 1 && cols === 1) {
    const cell = grid[0][0];
    if (isKollError(cell)) throw cell;
    const size =
      cell === null || cell === undefined || cell === ""
        ? DEFAULT_SIZE
        : presetSize(cell);
    if (size === null) throw scaleError();
    return { size, preset: presetScaleOfSize(size), table: null };
  }
  if (rows !== cols || rows > MAX_RISK_SCALE_SIZE) throw scaleError();
  const table = grid.map((row) =>
    row.map((cell) => {
      if (cell === null || cell === undefined || cell === "") return null;
      if (typeof cell === "string") return cell;
      if (typeof cell === "number" && Number.isFinite(cell)) return cell;
      throw kollError(
        CustomFunctions.ErrorCode.invalidValue,
        "Nivåtabellen får bara innehålla text (Låg, Medel, Hög …), tal eller tomma celler.",
      );
    }),
  );
  return { size: rows, preset: null, table };
}

/**
 * One step of sannolikhet or konsekvens: a whole number from 1 to the scale's size. Null for an
 * empty cell (a register row without a risk); an error saying what is off otherwise.
 */
export function stepArg(
  value: Cell,
  argName: string,
  size: number,
): Out<number> | null {
  const step = optionalNumberArg(value, argName);
  if (step === null || isKollError(step)) return step;
  const problem = riskStepProblem(step, size);
  if (problem === null) return step;
  const reason =
    problem === "notInteger" ? "är inte ett heltal" : "ligger utanför skalan";
  return kollError(
    CustomFunctions.ErrorCode.invalidNumber,
    `${argName} ${String(step).replace(".", ",")} ${reason} 1–${size}.`,
  );
}

/** A risk's id as it should read in the matrix: text as written, numbers as numbers. */
export function idText(value: Cell, row: number): string {
  const text = textArg(
    typeof value === "number" ? String(value).replace(".", ",") : value,
    "Id",
  );
  if (text === null) return `(rad ${row + 1})`;
  if (isKollError(text))
    throw kollError(text.code, `Id på rad ${row + 1}: ${text.message ?? ""}`);
  return text.trim();
}

/**
 * The sannolikhet and konsekvens columns of a risk register, read cell by cell as the core's
 * matrix loop asks for them (no copy of the register). A class rather than closures made per
 * call: its methods are the same functions on every call, so V8 keeps the loop optimised.
 * An empty cell reads as NaN; a cell that is not a number throws an error naming its row.
 */
export class CellRegister implements RiskRegister {
  readonly length: number;

  constructor(
    private readonly likelihoods: Grid,
    private readonly consequences: Grid,
  ) {
    this.length = likelihoods.length * likelihoods[0].length;
    const other = consequences.length * consequences[0].length;
    if (other !== this.length) {
      throw kollError(
        CustomFunctions.ErrorCode.invalidValue,
        `Sannolikheter har ${this.length} celler och konsekvenser ${other}; de måste vara lika många.`,
      );
    }
  }

  likelihood(index: number): number {
    return readStep(this.likelihoods, index, "Sannolikheter");
  }

  consequence(index: number): number {
    return readStep(this.consequences, index, "Konsekvenser");
  }
}

function readStep(grid: Grid, index: number, argName: string): number {
  const width = grid[0].length;
  const cell =
    width === 1
      ? grid[index][0]
      : grid[Math.floor(index / width)][index % width];
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  const step = optionalNumberArg(cell, argName);
  if (isKollError(step)) {
    throw kollError(step.code, `Rad ${index + 1}: ${step.message ?? ""}`);
  }
  return step === null ? NaN : step;
}
