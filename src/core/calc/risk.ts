/**
 * Risk assessment arithmetic (domain.md §6): riskvärde = sannolikhet × konsekvens on an integer
 * scale, the level of a (sannolikhet, konsekvens) cell from a preset or from the organisation's
 * own level table, and the risk matrix drawn with the highest sannolikhet at the top.
 */
import { RISK_SCALE_PRESETS, RiskScale, riskLevelOf } from "../riskScale";

/** Scales larger than this are not risk scales but mistakes (a matrix of 100×100 helps no one). */
export const MAX_RISK_SCALE_SIZE = 10;

/** What is wrong with one step of a risk scale, or null when it is a step. */
export type RiskStepProblem = "notInteger" | "offScale";

export function riskStepProblem(
  value: number,
  size: number,
): RiskStepProblem | null {
  if (!Number.isInteger(value)) return "notInteger";
  if (value < 1 || value > size) return "offScale";
  return null;
}

export function riskValue(likelihood: number, consequence: number): number {
  return likelihood * consequence;
}

/**
 * A level table as organisations draw it: n×n labels, row 0 = the highest sannolikhet, column
 * 0 = konsekvens 1. A null label is a cell the organisation left empty.
 */
export type LevelTable = ReadonlyArray<ReadonlyArray<string | number | null>>;

/** The preset scale of a size, when there is one (4×4 and 5×5). */
export function presetScaleOfSize(size: number): RiskScale | null {
  if (size === 4) return RISK_SCALE_PRESETS["4x4"];
  if (size === 5) return RISK_SCALE_PRESETS["5x5"];
  return null;
}

/** The label for (sannolikhet, konsekvens) on a preset scale; steps must be on the scale. */
export function presetLevelName(
  scale: RiskScale,
  likelihood: number,
  consequence: number,
): string {
  return riskLevelOf(scale, likelihood, consequence)?.name ?? "";
}

/** The label in a level table; null when the organisation left that cell empty. */
export function tableLevel(
  table: LevelTable,
  likelihood: number,
  consequence: number,
): string | number | null {
  return table[table.length - likelihood][consequence - 1];
}

/** Where (sannolikhet, konsekvens) lands in the matrix, reading row by row from the top left. */
export function riskMatrixIndex(
  size: number,
  likelihood: number,
  consequence: number,
): number {
  return (size - likelihood) * size + (consequence - 1);
}

export type RiskMatrixResult<T> =
  | { ok: true; matrix: T[][] }
  | {
      ok: false;
      index: number;
      axis: "likelihood" | "consequence";
      problem: RiskStepProblem | "missing";
    };

/**
 * A risk register read row by row: sannolikhet and konsekvens of row i. NaN in both means an
 * empty row, NaN in one of them a risk whose assessment is incomplete. Readers rather than
 * arrays, so that a caller holding cells can hand them over without copying a whole register.
 */
export interface RiskRegister {
  length: number;
  likelihood(index: number): number;
  consequence(index: number): number;
}

export function registerOf(
  likelihoods: ArrayLike<number>,
  consequences: ArrayLike<number>,
): RiskRegister {
  return {
    length: Math.min(likelihoods.length, consequences.length),
    likelihood: (i) => likelihoods[i],
    consequence: (i) => consequences[i],
  };
}

/**
 * Counts the risks in each cell of a size×size matrix, highest sannolikhet in the top row. The
 * first bad row is reported.
 */
export function riskMatrixCounts(
  register: RiskRegister,
  size: number,
): RiskMatrixResult<number> {
  const counts: number[] = new Array(size * size).fill(0);
  const bad = countInto(register, size, counts);
  if (bad) return bad;
  const matrix: number[][] = [];
  for (let r = 0; r < size; r++)
    matrix.push(counts.slice(r * size, (r + 1) * size));
  return { ok: true, matrix };
}

/**
 * The counting loop on its own: it runs over whole registers, so it is kept small for the
 * optimising compiler, with both steps checked inline.
 */
function countInto(
  register: RiskRegister,
  size: number,
  counts: number[],
): Extract<RiskMatrixResult<never>, { ok: false }> | null {
  const rows = register.length;
  for (let i = 0; i < rows; i++) {
    const s = register.likelihood(i);
    const k = register.consequence(i);
    if (
      s >= 1 &&
      s <= size &&
      k >= 1 &&
      k <= size &&
      (s | 0) === s &&
      (k | 0) === k
    ) {
      counts[(size - s) * size + (k - 1)]++;
      continue;
    }
    const bad = rowProblem(s, k, size, i);
    if (bad) return bad;
  }
  return null;
}

/**
 * Like riskMatrixCounts, but each cell lists the ids of its risks in register order, joined as
 * "R1, R4"; an empty cell is "".
 */
export function riskMatrixIds(
  register: RiskRegister,
  ids: ReadonlyArray<string>,
  size: number,
): RiskMatrixResult<string> {
  const cells: string[][] = Array.from({ length: size * size }, () => []);
  for (let i = 0; i < register.length; i++) {
    const s = register.likelihood(i);
    const k = register.consequence(i);
    if (
      riskStepProblem(s, size) === null &&
      riskStepProblem(k, size) === null
    ) {
      cells[riskMatrixIndex(size, s, k)].push(ids[i]);
      continue;
    }
    const bad = rowProblem(s, k, size, i);
    if (bad) return bad;
  }
  const matrix: string[][] = [];
  for (let r = 0; r < size; r++) {
    matrix.push(
      cells.slice(r * size, (r + 1) * size).map((list) => list.join(", ")),
    );
  }
  return { ok: true, matrix };
}

/** Null for an empty register row (both NaN); otherwise what is wrong with the row. */
function rowProblem(
  s: number,
  k: number,
  size: number,
  index: number,
): Extract<RiskMatrixResult<never>, { ok: false }> | null {
  const sMissing = Number.isNaN(s);
  const kMissing = Number.isNaN(k);
  if (sMissing && kMissing) return null;
  if (sMissing)
    return { ok: false, index, axis: "likelihood", problem: "missing" };
  if (kMissing)
    return { ok: false, index, axis: "consequence", problem: "missing" };
  const sProblem = riskStepProblem(s, size);
  if (sProblem)
    return { ok: false, index, axis: "likelihood", problem: sProblem };
  const kProblem = riskStepProblem(k, size);
  return kProblem
    ? { ok: false, index, axis: "consequence", problem: kProblem }
    : null;
}
