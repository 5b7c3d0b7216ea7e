/**
 * The CustomFunctions global that Excel provides to custom functions, with the same
 * Error class and ErrorCode values, so the functions can run in jest.
 */
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class CustomFunctionsError {
  constructor(
    public code: ErrorCode,
    public message?: string,
  ) {}
}

const associations: Record<string, unknown> = {};

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate(id: string | Record<string, unknown>, fn?: unknown) {
    if (typeof id === "string") associations[id] = fn;
    else Object.assign(associations, id);
  },
  associations,
};
