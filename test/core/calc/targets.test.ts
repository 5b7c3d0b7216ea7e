import fc from "fast-check";
import {
  Target,
  TargetParse,
  assessTarget,
  parseAmountText,
  parseDirection,
  parseTarget,
  targetDirection,
  targetFromNumber,
} from "../../../src/core/calc/targets";

function target(text: string): Target {
  const parsed: TargetParse = parseTarget(text);
  if (parsed.kind === "error")
    throw new Error(`unexpected parse error: ${parsed.error}`);
  return parsed;
}

describe("parseTarget: targets as written in etappmål and målvärde (domain.md §5)", () => {
  test.each([
    ["≤38", { kind: "threshold", operator: "<=", value: 38, percent: false }],
    [
      ">73,5",
      { kind: "threshold", operator: ">", value: 73.5, percent: false },
    ],
    [
      "<= 1,0%",
      { kind: "threshold", operator: "<=", value: 0.01, percent: true },
    ],
    [
      "≥975 per år",
      { kind: "threshold", operator: ">=", value: 975, unit: "per år" },
    ],
    [
      "≤ 6,9 %",
      { kind: "threshold", operator: "<=", value: 0.069, percent: true },
    ],
    [
      "≥ 2 500 kr/inv",
      { kind: "threshold", operator: ">=", value: 2500, unit: "kr/inv" },
    ],
    [
      "minst 95 %",
      { kind: "threshold", operator: ">=", value: 0.95, percent: true },
    ],
    ["Högst 38", { kind: "threshold", operator: "<=", value: 38 }],
    ["inte mer än 5", { kind: "threshold", operator: "<=", value: 5 }],
    ["= 0", { kind: "threshold", operator: "=", value: 0 }],
    ["> −2,5", { kind: "threshold", operator: ">", value: -2.5 }],
    ["95 %", { kind: "level", value: 0.95, percent: true }],
    ["index 49", { kind: "level", value: 49, unit: "index" }],
    ["0 mnkr", { kind: "level", value: 0, unit: "mnkr" }],
    ["45 725", { kind: "level", value: 45725 }],
    ["90–95 %", { kind: "range", low: 0.9, high: 0.95, percent: true }],
    ["mellan 4 och 6", { kind: "range", low: 4, high: 6 }],
    [
      "> Länssnitt",
      { kind: "reference", operator: ">", reference: "Länssnitt" },
    ],
    [
      "‹ Länssnitt",
      { kind: "reference", operator: "<", reference: "Länssnitt" },
    ],
    [
      "Högre än riket",
      { kind: "reference", operator: ">", reference: "riket" },
    ],
    ["Öka", { kind: "change", change: "increase" }],
    ["Minska", { kind: "change", change: "decrease" }],
    ["Behåll", { kind: "change", change: "keep" }],
    ["öka till 95 %", { kind: "threshold", operator: ">=", value: 0.95 }],
    ["Indikator", { kind: "none", monitored: true }],
    ["", { kind: "none", monitored: false }],
    ["-", { kind: "none", monitored: false }],
  ])("%j", (text, expected) => {
    const parsed = parseTarget(text);
    expect(parsed).toMatchObject(expected);
    if (parsed.kind === "threshold" || parsed.kind === "level") {
      expect(parsed.value).toBeCloseTo(
        (expected as { value: number }).value,
        12,
      );
    }
  });

  test("no-break and thin spaces read like spaces", () => {
    expect(parseTarget("≥\u00A02\u202F500")).toMatchObject({
      operator: ">=",
      value: 2500,
    });
  });

  test.each([
    ["bra", /känner igen/],
    ["≥", /inget värde/],
    ["≥ 38 eller mer 4", /inte är en enhet/],
    ["95–90", /större talet/],
    ["= Länssnitt", /jämförelsetecken/],
    ["8/19", /inte är en enhet|känner igen/],
  ])("%j is refused with a Swedish reason", (text, reason) => {
    const parsed = parseTarget(text);
    expect(parsed.kind).toBe("error");
    if (parsed.kind === "error") {
      expect(parsed.error).toMatch(reason);
      expect(parsed.errorEn.length).toBeGreaterThan(10);
    }
  });
});

describe("parseAmountText: outcomes written with a unit", () => {
  test.each([
    ["index 66", { value: 66, percent: false, unit: "index" }],
    ["997 per år", { value: 997, percent: false, unit: "per år" }],
    ["36 %", { value: 0.36, percent: true }],
  ])("%j", (text, expected) => {
    expect(parseAmountText(text)).toEqual(expected);
  });

  test("text that is no amount is null", () => {
    expect(parseAmountText("8/19")).toBeNull();
    expect(parseAmountText("bra")).toBeNull();
  });
});

describe("targetDirection: which way a target points", () => {
  test.each([
    ["≤38", "lower"],
    [">73,5", "higher"],
    ["> Länssnitt", "higher"],
    ["Öka", "higher"],
    ["Minska", "lower"],
    ["Behåll", null],
    ["95 %", null],
    ["= 0", null],
  ])("%j → %s", (text, direction) => {
    expect(targetDirection(target(text))).toBe(direction);
  });
});

describe("parseDirection", () => {
  test.each([
    ["högre", "higher"],
    ["Högre är bättre", "higher"],
    ["lägre", "lower"],
    ["lower", "lower"],
    ["sidled", null],
  ])("%j → %s", (text, direction) => {
    expect(parseDirection(text)).toBe(direction);
  });
});

describe("assessTarget", () => {
  const v = (value: number, percent?: boolean) =>
    percent ? { value, percent } : { value };

  test("thresholds", () => {
    expect(assessTarget(target("≤38"), v(38))).toBe("Uppfyllt");
    expect(assessTarget(target("≤38"), v(38.5))).toBe("Ej uppfyllt");
    expect(assessTarget(target(">73,5"), v(73.5))).toBe("Ej uppfyllt");
    expect(assessTarget(target(">73,5"), v(74))).toBe("Uppfyllt");
    expect(assessTarget(target("≥975 per år"), v(997))).toBe("Uppfyllt");
    expect(assessTarget(target("= 0"), v(0.1 + 0.2 - 0.3))).toBe("Uppfyllt");
  });

  test("percent targets accept ratios, whole percents and percent text", () => {
    const goal = target("<= 1,0%");
    expect(assessTarget(goal, v(0.008))).toBe("Uppfyllt");
    expect(assessTarget(goal, v(0.8))).toBe("Uppfyllt"); // 0,8 typed for 0,8 %
    expect(assessTarget(goal, v(0.012, true))).toBe("Ej uppfyllt");
    const share = target("≥ 95 %");
    expect(assessTarget(share, v(0.96))).toBe("Uppfyllt");
    expect(assessTarget(share, v(96))).toBe("Uppfyllt");
    expect(assessTarget(share, v(93))).toBe("Ej uppfyllt");
  });

  test("a bare number needs the measure's direction", () => {
    expect(assessTarget(target("95 %"), v(0.97))).toBe("Ej bedömd");
    expect(assessTarget(target("95 %"), v(0.97), { direction: "higher" })).toBe(
      "Uppfyllt",
    );
    expect(
      assessTarget(target("index 49"), v(50), { direction: "lower" }),
    ).toBe("Ej uppfyllt");
    expect(
      assessTarget(targetFromNumber(10), v(9), { direction: "lower" }),
    ).toBe("Uppfyllt");
  });

  test("with a baseline, a move the right way that misses the target is partly met", () => {
    expect(assessTarget(target("≥ 95 %"), v(0.9), { previous: v(0.85) })).toBe(
      "Delvis uppfyllt",
    );
    expect(assessTarget(target("≥ 95 %"), v(0.8), { previous: v(0.85) })).toBe(
      "Ej uppfyllt",
    );
    expect(assessTarget(target("≤38"), v(40), { previous: v(45) })).toBe(
      "Delvis uppfyllt",
    );
    expect(assessTarget(target("≤38"), v(40), { previous: v(40) })).toBe(
      "Ej uppfyllt",
    );
    expect(assessTarget(target("≤38"), v(30), { previous: v(45) })).toBe(
      "Uppfyllt",
    );
  });

  test("Öka, Minska and Behåll compare with the previous value", () => {
    expect(assessTarget(target("Öka"), v(36))).toBe("Ej bedömd");
    expect(assessTarget(target("Öka"), v(36), { previous: v(31) })).toBe(
      "Uppfyllt",
    );
    expect(assessTarget(target("Öka"), v(31), { previous: v(31) })).toBe(
      "Ej uppfyllt",
    );
    // "31 %" against last year's 32 typed as a whole percent.
    expect(
      assessTarget(target("Minska"), v(0.31, true), { previous: v(32) }),
    ).toBe("Uppfyllt");
    expect(
      assessTarget(target("Minska"), v(0.33, true), { previous: v(32) }),
    ).toBe("Ej uppfyllt");
    expect(assessTarget(target("Behåll"), v(66), { previous: v(66) })).toBe(
      "Uppfyllt",
    );
    expect(assessTarget(target("Behåll"), v(67), { previous: v(66) })).toBe(
      "Ej bedömd",
    );
    expect(
      assessTarget(target("Behåll"), v(67), {
        previous: v(66),
        direction: "higher",
      }),
    ).toBe("Uppfyllt");
    expect(
      assessTarget(target("Behåll"), v(65), {
        previous: v(66),
        direction: "higher",
      }),
    ).toBe("Ej uppfyllt");
  });

  test("a reference target needs the comparison value", () => {
    expect(assessTarget(target("> Länssnitt"), v(70))).toBe("Ej bedömd");
    expect(
      assessTarget(target("> Länssnitt"), v(70), { comparison: v(66) }),
    ).toBe("Uppfyllt");
    expect(
      assessTarget(target("‹ Länssnitt"), v(70), { comparison: v(66) }),
    ).toBe("Ej uppfyllt");
  });

  test("ranges", () => {
    const goal = target("90–95 %");
    expect(assessTarget(goal, v(0.92))).toBe("Uppfyllt");
    expect(assessTarget(goal, v(97))).toBe("Ej uppfyllt");
    expect(assessTarget(goal, v(0.97), { previous: v(0.99) })).toBe(
      "Delvis uppfyllt",
    );
  });

  test("Indikator, no target and a blank outcome are not assessed", () => {
    expect(assessTarget(target("Indikator"), v(31))).toBe("Ej bedömd");
    expect(assessTarget(target(""), v(31))).toBe("Ej bedömd");
    expect(assessTarget(target("≤38"), null)).toBe("Ej bedömd");
  });
});

describe("parseTarget and assessTarget under arbitrary input", () => {
  const pieces = fc.constantFrom(
    "≤",
    ">=",
    "‹",
    "minst",
    "Öka",
    "index",
    "%",
    "per år",
    "–",
    "-",
    "mellan",
    "och",
    "Länssnitt",
    " ",
    "\u00A0",
    "3",
    "8,5",
    "1 000",
    "x",
    "/",
    "till",
  );
  const text = fc.oneof(
    fc.string(),
    fc.array(pieces, { maxLength: 6 }).map((p) => p.join("")),
  );
  const measured = fc.option(
    fc.record({
      value: fc.double({ noNaN: true }),
      percent: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { nil: null },
  );

  test("never throws; a parse is a target or a Swedish reason; an assessment is a status", () => {
    fc.assert(
      fc.property(
        text,
        measured,
        measured,
        measured,
        (written, outcome, previous, comparison) => {
          const parsed = parseTarget(written);
          if (parsed.kind === "error")
            return parsed.error.length > 0 && parsed.errorEn.length > 0;
          const statuses = [
            "Uppfyllt",
            "Delvis uppfyllt",
            "Ej uppfyllt",
            "Ej bedömd",
          ];
          return ["higher", "lower", null].every((direction) =>
            statuses.includes(
              assessTarget(parsed, outcome, {
                previous,
                comparison,
                direction: direction as "higher" | "lower" | null,
              }),
            ),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
