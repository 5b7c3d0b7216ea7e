/**
 * The CustomFunctions global that Excel gives custom functions, for the places without Excel:
 * the preview page (where HyperFormula computes KOLL.*) and scripts. Excel's own runtime
 * defines it in the add-in, so this file never enters the add-in's bundles.
 */
/* global globalThis */

/** Excel's error codes, with the values @types/custom-functions-runtime declares. */
const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError {
  constructor(
    public code: CustomFunctions.ErrorCode,
    public message?: string,
  ) {}
}

/** Functions associated by id, as Excel's runtime keeps them. */
export const associations = new Map<string, (...args: unknown[]) => unknown>();

function associate(
  idOrMappings: string | Record<string, (...args: unknown[]) => unknown>,
  fn?: (...args: unknown[]) => unknown,
): void {
  if (typeof idOrMappings === "string") {
    if (fn) associations.set(idOrMappings.toUpperCase(), fn);
    return;
  }
  for (const [id, mapped] of Object.entries(idOrMappings))
    associations.set(id.toUpperCase(), mapped);
}

/**
 * Defines globalThis.CustomFunctions unless a host already did (Excel, or a test setup), and
 * returns the one in effect.
 */
export function installCustomFunctionsRuntime(): typeof CustomFunctions {
  const scope = globalThis as { CustomFunctions?: typeof CustomFunctions };
  if (!scope.CustomFunctions) {
    // The declared type is an ambient namespace; this object provides the same members.
    scope.CustomFunctions = {
      Error: CustomFunctionsError,
      ErrorCode: ERROR_CODES,
      associate,
    } as unknown as typeof CustomFunctions;
  }
  return scope.CustomFunctions;
}

installCustomFunctionsRuntime();
