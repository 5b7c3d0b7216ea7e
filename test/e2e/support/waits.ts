/**
 * Waiting for the page to reach a state. The task pane answers a click asynchronously (it reads
 * the workbook, runs the engine, writes a batch), so a check right after a click may see the
 * page before it has caught up; these retry the check until it holds or the time is up, and
 * then fail with the check's own message. They never wait a fixed time for its own sake.
 */

/** How long a state may take to arrive on a loaded two-core machine. */
export const STATE_TIMEOUT = 15000;

const tick = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Runs `check` until it stops throwing; rethrows its last error after `timeout` ms. */
export async function eventually<T>(
  check: () => Promise<T> | T,
  timeout = STATE_TIMEOUT,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await tick();
  }
}

/** Escapes text for use inside a RegExp. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A file-name-safe form of a test's name. */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
}

type Soon<T> = {
  [K in "toBe" | "toEqual" | "toMatch" | "toContain"]: (
    expected: Parameters<jest.Matchers<void, T>[K]>[0],
  ) => Promise<void>;
} & {
  not: {
    [K in "toBe" | "toMatch"]: (
      expected: Parameters<jest.Matchers<void, T>[K]>[0],
    ) => Promise<void>;
  };
};

/**
 * `await soon(() => locator.textContent()).toBe("…")` reads the page again until the matcher
 * holds: what the page shows after a key press or a click arrives with React's next render, so a
 * single read can see the state just before it.
 */
export function soon<T>(read: () => Promise<T>): Soon<T> {
  const check =
    (negate: boolean) =>
    (name: string) =>
    (expected: unknown): Promise<void> =>
      eventually(async () => {
        const matchers = expect(await read());
        const target = (negate ? matchers.not : matchers) as unknown as Record<
          string,
          (value: unknown) => void
        >;
        target[name](expected);
      });
  const positive = check(false);
  return {
    toBe: positive("toBe"),
    toEqual: positive("toEqual"),
    toMatch: positive("toMatch"),
    toContain: positive("toContain"),
    not: { toBe: check(true)("toBe"), toMatch: check(true)("toMatch") },
  } as Soon<T>;
}
