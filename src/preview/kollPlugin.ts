/**
 * KOLL.* inside HyperFormula, for the preview and the tests: one FunctionPlugin that registers
 * every custom function under its Swedish name (KOLL.FÖRÄNDRING.PROCENT) with the English name
 * (KOLL.PCTCHANGE) as an alias, and runs the very exports Excel runs (src/functions).
 *
 * Names: HyperFormula's lexer takes a function name as a letter followed by letters (A–Z and
 * U+00C0–U+02AF, so Å Ä Ö are letters), digits, "_" and "."; it upper-cases the name and looks it
 * up as is. So the Swedish names register unchanged, dots and all, and =koll.förändring(…)
 * finds KOLL.FÖRÄNDRING like Excel would.
 *
 * Arrays: HyperFormula sizes a spilled result when it parses a formula. Each function
 * predicts its size from the sizes of its arguments (elementwise functions: the common shape;
 * RISKMATRIS: n×n from its skala; SUMMAKONTROLL: the shape of the total). A result whose size
 * the formula alone does not tell (RISKMATRIS with the scale in a cell that says 5) is #VALUE!
 * with a message saying so, rather than a cut-off matrix.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  ImplementedFunctions,
  SimpleRangeValue,
} from "hyperformula";
import { installCustomFunctionsRuntime } from "./customFunctionsRuntime";
import * as koll from "../functions/functions";
import translations from "../functions/translations.en.json";

/** How the result's size follows from the sizes of the arguments (absent ones undefined). */
type Shape = (sizes: Array<ArraySize | undefined>, args: ArgAst[]) => ArraySize;

interface KollFunction {
  /** The Excel id (ASCII), as in functions.json. */
  id: keyof typeof translations;
  /** The Swedish name without the namespace, as in functions.json. */
  name: string;
  /** The export in src/functions; its parameters are Excel's cells (typed any[][] there). */
  run: (...args: never[]) => unknown[][];
  required: number;
  optional: number;
  shape: Shape;
}

/** HyperFormula's ProcedureAst and InterpreterState are not exported; these fields are read. */
interface CallAst {
  procedureName: string;
  args: ArgAst[];
}
interface ArgAst {
  type: string;
  value?: unknown;
}

const NAMESPACE = "KOLL.";

/** The shape all non-1×1 arguments at `indexes` share, like args.ts broadcasts; else 1×1. */
function elementwiseOver(indexes: number[]): Shape {
  return (sizes) => {
    let shape: ArraySize | null = null;
    for (const i of indexes) {
      const size = sizes[i];
      if (!size || (size.width === 1 && size.height === 1)) continue;
      if (!shape) shape = size;
      else if (shape.width !== size.width || shape.height !== size.height) {
        return ArraySize.scalar();
      }
    }
    return shape
      ? new ArraySize(shape.width, shape.height)
      : ArraySize.scalar();
  };
}

/** RISKMATRIS is n×n: n from a literal 4 or 5 or "5x5", or from the size of a level table. */
const riskMatrixShape: Shape = (sizes, args) => {
  const scale = args[3];
  const size = sizes[3];
  let n = 4;
  if (scale && scale.type === "NUMBER" && typeof scale.value === "number")
    n = scale.value;
  else if (
    scale &&
    scale.type === "STRING" &&
    typeof scale.value === "string"
  ) {
    n = Number(/^\s*([45])/.exec(scale.value)?.[1] ?? 4);
  } else if (size && size.width === size.height && size.width > 1)
    n = size.width;
  return Number.isInteger(n) && n >= 2 && n <= 10
    ? new ArraySize(n, n)
    : ArraySize.scalar();
};

/** SUMMAKONTROLL answers in the shape of the stated total: one cell, a row or a column. */
const sumCheckShape: Shape = (sizes) => {
  const total = sizes[1];
  return total && (total.width === 1 || total.height === 1)
    ? new ArraySize(total.width, total.height)
    : ArraySize.scalar();
};

export const KOLL_FUNCTIONS: KollFunction[] = [
  {
    id: "AVVIKELSE",
    name: "AVVIKELSE",
    run: koll.avvikelse,
    required: 2,
    optional: 0,
    shape: elementwiseOver([0, 1]),
  },
  {
    id: "AVVIKELSE.PROCENT",
    name: "AVVIKELSE.PROCENT",
    run: koll.avvikelseProcent,
    required: 2,
    optional: 0,
    shape: elementwiseOver([0, 1]),
  },
  {
    id: "FORANDRING",
    name: "FÖRÄNDRING",
    run: koll.forandring,
    required: 2,
    optional: 0,
    shape: elementwiseOver([0, 1]),
  },
  {
    id: "FORANDRING.PROCENT",
    name: "FÖRÄNDRING.PROCENT",
    run: koll.forandringProcent,
    required: 2,
    optional: 1,
    shape: elementwiseOver([0, 1]),
  },
  {
    id: "RISKVARDE",
    name: "RISKVÄRDE",
    run: koll.riskvarde,
    required: 2,
    optional: 1,
    shape: elementwiseOver([0, 1]),
  },
  {
    id: "RISKNIVA",
    name: "RISKNIVÅ",
    run: koll.riskniva,
    required: 2,
    optional: 1,
    shape: elementwiseOver([0, 1]),
  },
  {
    id: "RISKMATRIS",
    name: "RISKMATRIS",
    run: koll.riskmatris,
    required: 2,
    optional: 2,
    shape: riskMatrixShape,
  },
  {
    id: "MALUPPFYLLELSE",
    name: "MÅLUPPFYLLELSE",
    run: koll.maluppfyllelse,
    required: 2,
    optional: 3,
    shape: elementwiseOver([0, 1, 2, 3, 4]),
  },
  {
    id: "TAL",
    name: "TAL",
    run: koll.tal,
    required: 1,
    optional: 0,
    shape: elementwiseOver([0]),
  },
  {
    id: "PERIODBUDGET",
    name: "PERIODBUDGET",
    run: koll.periodbudget,
    required: 2,
    optional: 1,
    shape: elementwiseOver([0, 1]),
  },
  {
    id: "SUMMAKONTROLL",
    name: "SUMMAKONTROLL",
    run: koll.summakontroll,
    required: 2,
    optional: 1,
    shape: sumCheckShape,
  },
];

/** The name a formula uses in HyperFormula: KOLL.FÖRÄNDRING.PROCENT, KOLL.PCTCHANGE. */
export function swedishFormulaName(fn: KollFunction): string {
  return NAMESPACE + fn.name;
}
export function englishFormulaName(fn: KollFunction): string {
  return NAMESPACE + translations[fn.id].name;
}

/** Every name and alias, upper-cased as HyperFormula looks them up. */
const byFormulaName = new Map<string, KollFunction>();
for (const fn of KOLL_FUNCTIONS) {
  byFormulaName.set(swedishFormulaName(fn).toUpperCase(), fn);
  byFormulaName.set(englishFormulaName(fn).toUpperCase(), fn);
}

const TO_EXCEL_CODE: Partial<Record<ErrorType, CustomFunctions.ErrorCode>> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!" as CustomFunctions.ErrorCode,
  [ErrorType.NA]: "#N/A" as CustomFunctions.ErrorCode,
  [ErrorType.NUM]: "#NUM!" as CustomFunctions.ErrorCode,
  [ErrorType.REF]: "#REF!" as CustomFunctions.ErrorCode,
  [ErrorType.NAME]: "#NAME?" as CustomFunctions.ErrorCode,
};

const FROM_EXCEL_CODE: Record<string, ErrorType> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
  "#NULL!": ErrorType.ERROR,
};

/** One HyperFormula value as Excel passes a cell to a custom function. */
function toExcelCell(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) {
    const code =
      TO_EXCEL_CODE[value.type] ?? ("#VALUE!" as CustomFunctions.ErrorCode);
    return new CustomFunctions.Error(code, value.message);
  }
  // Percentages, dates and currency arrive as rich numbers holding the number in `val`.
  if (typeof value === "object" && value !== null && "val" in value) {
    return (value as { val: unknown }).val;
  }
  return value;
}

/** An argument as Excel passes it: a range as a 2-D array, a single value as itself. */
function toExcelArgument(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) {
    return value.data.map((row) => row.map(toExcelCell));
  }
  return toExcelCell(value);
}

function toCellError(error: CustomFunctions.Error): CellError {
  return new CellError(
    FROM_EXCEL_CODE[error.code] ?? ErrorType.VALUE,
    error.message,
  );
}

function toHyperFormulaCell(
  value: unknown,
): number | string | boolean | CellError {
  if (value instanceof CustomFunctions.Error) return toCellError(value);
  if (
    typeof value === "number" ||
    typeof value === "string" ||
    typeof value === "boolean"
  ) {
    return value;
  }
  return new CellError(ErrorType.VALUE, "Rapportkoll gav ett oväntat värde.");
}

function metadataFor(fn: KollFunction) {
  const parameters = [
    ...Array.from({ length: fn.required }, () => ({
      argumentType: FunctionArgumentType.ANY,
    })),
    ...Array.from({ length: fn.optional }, () => ({
      argumentType: FunctionArgumentType.ANY,
      optionalArg: true,
    })),
  ];
  return {
    method: "kollFunction",
    sizeOfResultArrayMethod: "kollSize",
    vectorizationForbidden: true,
    parameters,
  };
}

export class KollPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions =
    Object.fromEntries(
      KOLL_FUNCTIONS.map((fn) => [swedishFormulaName(fn), metadataFor(fn)]),
    );

  /** English names that differ from the Swedish (PERIODBUDGET is the same in both). */
  static override aliases: Record<string, string> = Object.fromEntries(
    KOLL_FUNCTIONS.filter(
      (fn) => englishFormulaName(fn) !== swedishFormulaName(fn),
    ).map((fn) => [englishFormulaName(fn), swedishFormulaName(fn)]),
  );

  kollFunction(ast: CallAst, state: object) {
    const fn = byFormulaName.get(ast.procedureName)!;
    const metadata = KollPlugin.implementedFunctions[swedishFormulaName(fn)];
    // `as never`: runFunction wants HyperFormula's own (unexported) Ast and state types.
    return this.runFunction(
      ast.args as never,
      state as never,
      metadata,
      (...args: unknown[]) => {
        let result: unknown[][];
        try {
          result = fn.run(...(args.map(toExcelArgument) as never[]));
        } catch (error) {
          return error instanceof CustomFunctions.Error
            ? toCellError(error)
            : new CellError(ErrorType.VALUE, "Oväntat fel i Rapportkoll.");
        }
        const expected = this.kollSize(ast, state);
        const height = result.length;
        const width = result[0].length;
        if (height === 1 && width === 1)
          return toHyperFormulaCell(result[0][0]);
        if (expected.height !== height || expected.width !== width) {
          return new CellError(
            ErrorType.VALUE,
            `Resultatet blir ${height}×${width}, vilket förhandsvisningen inte kan se i formeln; skriv skalan som ett tal (4 eller 5) i formeln.`,
          );
        }
        return SimpleRangeValue.onlyValues(
          result.map((row) => row.map(toHyperFormulaCell)),
        );
      },
    );
  }

  kollSize(ast: CallAst, state: object): ArraySize {
    const fn = byFormulaName.get(ast.procedureName);
    if (!fn) return ArraySize.error();
    const sizes = ast.args.map((arg) =>
      arg.type === "EMPTY"
        ? undefined
        : this.arraySizeForAst(arg as never, state as never),
    );
    return fn.shape(sizes, ast.args);
  }
}

let registered = false;

/**
 * Registers KOLL.* with HyperFormula (once; instances built afterwards have them) and the
 * CustomFunctions runtime the functions expect. Call before HyperFormula.buildFromSheets.
 */
export function registerKollFunctions(): void {
  installCustomFunctionsRuntime();
  if (registered) return;
  const names: Record<string, string> = {};
  for (const fn of KOLL_FUNCTIONS) {
    names[swedishFormulaName(fn)] = swedishFormulaName(fn);
    names[englishFormulaName(fn)] = englishFormulaName(fn);
  }
  // Every registered language shows the names as they are; they are the same in all of them.
  const languages = Object.fromEntries(
    HyperFormula.getRegisteredLanguagesCodes().map((code) => [code, names]),
  );
  HyperFormula.registerFunctionPlugin(KollPlugin, languages);
  registered = true;
}
