/** Assertions for CustomFunctions.Error values, thrown or returned in a cell. */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the function to throw");
}

export function expectKollError(
  value: unknown,
  code: string,
  message?: RegExp,
): void {
  expect(value).toBeInstanceOf(CustomFunctions.Error);
  const error = value as CustomFunctions.Error;
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
}

export function expectThrows(
  fn: () => unknown,
  code: string,
  message?: RegExp,
): void {
  expectKollError(thrownBy(fn), code, message);
}

/** What Excel passes for an omitted optional argument (the signatures say any[][]). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const OMITTED = null as unknown as any[][];
