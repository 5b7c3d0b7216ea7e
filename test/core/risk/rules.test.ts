import { Finding } from "../../../src/core/findings";
import { MemoryWorkbook } from "../../../src/core/memoryWorkbook";
import { RULES } from "../../../src/core/rules";
import { RISK_SCALE_4X4, RISK_SCALE_5X5, cloneScale, levelTableOf } from "../../../src/core/riskScale";
import { DEFAULT_SETTINGS, Settings } from "../../../src/core/settings";
import { validateWorkbook } from "../../../src/core/validate";
import { SheetSnapshot, toA1 } from "../../../src/core/workbook";
import { makeSheet, makeWorkbook } from "../../support/sheets";
import { computeFormulas } from "./compute";
import {
  SEED_RISKS,
  bruttoNettoSheet,
  planSheet,
  publishedSheet,
  withCells,
} from "./fixtures";

const BEFORE_DEADLINE: Partial<Settings> = { today: "2020-10-01" };
const AFTER_DEADLINE: Partial<Settings> = { today: "2021-01-15" };

// Columns of the working plan.
const S = 3;
const K = 4;
const RV = 5;
const LEVEL = 6;
const ACTION = 7;
const OWNER = 8;
const DEADLINE = 9;
const STATUS = 10;

function findings(
  sheet: SheetSnapshot,
  extra: Partial<Settings> = BEFORE_DEADLINE,
  rules = RULES,
): Finding[] {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...extra };
  return validateWorkbook(makeWorkbook(sheet), settings, { rules }).sheets[0]
    .findings;
}

function ofRule(list: Finding[], rule: string): Finding[] {
  return list.filter((f) => f.rule === rule);
}

const without = (id: string) => RULES.filter((r) => r.id !== id);

/** Applies a finding's fix, computes the formulas and reads the sheet again. */
function fixed(sheet: SheetSnapshot, finding: Finding): SheetSnapshot {
  const book = MemoryWorkbook.fromSnapshot(makeWorkbook(sheet));
  book.apply(finding.fix!.edits, finding.fix!.label);
  computeFormulas(book);
  return book.toSnapshot().sheets[0];
}

const { sheet: plan, rowOf } = planSheet();

describe("a correct plan", () => {
  test("the working plan, before its deadlines, has no findings", () => {
    expect(findings(plan)).toEqual([]);
  });

  test("brutto and netto, before the deadlines, has no findings", () => {
    expect(findings(bruttoNettoSheet().sheet)).toEqual([]);
  });

  test("the published plan names owners in the åtgärd cell: nothing missing before the deadline", () => {
    expect(findings(publishedSheet().sheet)).toEqual([]);
  });
});

describe("risk.scale", () => {
  test("a step off the scale, with a hint when it looks like 5×5", () => {
    const r = rowOf.R2;
    const sheet = withCells(plan, [{ row: r, col: S, value: 5 }]);
    const list = ofRule(findings(sheet), "risk.scale");
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      severity: "error",
      cell: toA1(r, S),
      actual: 5,
      expected: "1–4",
    });
    expect(list[0].message).toBe(
      "Sannolikheten är 5, utanför skalan 1–4. Används skalan 5×5 i planen? Välj den under Inställningar.",
    );
    expect(list[0].fix).toBeUndefined();
    expect(
      ofRule(
        findings(sheet, BEFORE_DEADLINE, without("risk.scale")),
        "risk.scale",
      ),
    ).toEqual([]);
  });

  test("on the 5×5 scale the same step is fine", () => {
    const sheet = withCells(plan, [{ row: rowOf.R2, col: S, value: 5 }]);
    expect(
      ofRule(
        findings(sheet, { ...BEFORE_DEADLINE, riskScale: "5x5" }),
        "risk.scale",
      ),
    ).toEqual([]);
  });

  test("a fraction, a word and a missing step", () => {
    const sheet = withCells(plan, [
      { row: rowOf.R1, col: K, value: 2.5 },
      { row: rowOf.R3, col: S, value: "Hög" },
      { row: rowOf.R4, col: K, value: "" },
    ]);
    const list = ofRule(findings(sheet), "risk.scale");
    expect(list.map((f) => [f.cell, f.message])).toEqual([
      [toA1(rowOf.R1, K), "Konsekvensen är 2,5, inte ett heltal 1–4."],
      [
        toA1(rowOf.R3, S),
        'Sannolikheten är "Hög", inte ett steg på skalan 1–4.',
      ],
      [
        toA1(rowOf.R4, K),
        "Konsekvensen saknas, så risken kan inte värderas (skala 1–4).",
      ],
    ]);
  });

  test("a risk with no assessment at all is not a scale error (published plans print none)", () => {
    const sheet = withCells(plan, [
      { row: rowOf.R5, col: S, value: "" },
      { row: rowOf.R5, col: K, value: "" },
      { row: rowOf.R5, col: RV, value: "" },
      { row: rowOf.R5, col: LEVEL, value: "" },
    ]);
    expect(ofRule(findings(sheet), "risk.scale")).toEqual([]);
  });
});

describe("risk.value", () => {
  test("a riskvärde that is not S × K, fixed with a formula", () => {
    const r = rowOf.R1;
    const sheet = withCells(plan, [{ row: r, col: RV, value: 10 }]);
    const list = ofRule(findings(sheet), "risk.value");
    expect(list).toHaveLength(1);
    const [finding] = list;
    expect(finding).toMatchObject({
      severity: "error",
      cell: toA1(r, RV),
      expected: 12,
      actual: 10,
    });
    expect(finding.message).toBe(
      "Riskvärdet är 10, men sannolikhet × konsekvens är 3 × 4 = 12.",
    );
    expect(finding.related).toEqual([toA1(r, S), toA1(r, K)]);
    expect(finding.fix?.label).toBe(`Skriv =D${r + 1}*E${r + 1}`);
    const after = fixed(sheet, finding);
    expect(after.values[r][RV]).toBe(12);
    expect(after.formulas[r][RV]).toBe(`=D${r + 1}*E${r + 1}`);
    expect(ofRule(findings(after), "risk.value")).toEqual([]);
    expect(
      ofRule(
        findings(sheet, BEFORE_DEADLINE, without("risk.value")),
        "risk.value",
      ),
    ).toEqual([]);
  });

  test("a missing riskvärde and one written as a word", () => {
    const sheet = withCells(plan, [
      { row: rowOf.R6, col: RV, value: "" },
      { row: rowOf.R7, col: RV, value: "sex" },
    ]);
    const list = ofRule(findings(sheet), "risk.value");
    expect(list.map((f) => f.message)).toEqual([
      "Riskvärdet saknas; sannolikhet × konsekvens är 2 × 2 = 4.",
      'Riskvärdet är "sex", inte ett tal; sannolikhet × konsekvens är 3 × 2 = 6.',
    ]);
  });

  test("a number stored as text that is right is not a value error", () => {
    const sheet = withCells(plan, [{ row: rowOf.R6, col: RV, value: "4" }]);
    expect(ofRule(findings(sheet), "risk.value")).toEqual([]);
  });

  test("netto after åtgärd is checked on its own columns", () => {
    const { sheet: bn, rowOf: rows } = bruttoNettoSheet();
    const sheet = withCells(bn, [{ row: rows.R5, col: 9, value: 12 }]);
    const list = ofRule(findings(sheet), "risk.value");
    expect(list).toHaveLength(1);
    expect(list[0].cell).toBe(toA1(rows.R5, 9));
    expect(list[0].message).toBe(
      "Riskvärdet efter åtgärd är 12, men sannolikhet × konsekvens är 3 × 3 = 9.",
    );
    expect(list[0].fix?.edits[0]).toMatchObject({
      formula: `=H${rows.R5 + 1}*I${rows.R5 + 1}`,
    });
  });
});

describe("risk.level", () => {
  test("a label that is not the scale's level for the cell, fixed with the right label", () => {
    const r = rowOf.R1;
    const sheet = withCells(plan, [{ row: r, col: LEVEL, value: "Medel" }]);
    const list = ofRule(findings(sheet), "risk.level");
    expect(list).toHaveLength(1);
    const [finding] = list;
    expect(finding).toMatchObject({
      severity: "warning",
      cell: toA1(r, LEVEL),
      expected: "Mycket hög",
      actual: "Medel",
    });
    expect(finding.message).toBe(
      'Risknivån är "Medel", men sannolikhet 3, konsekvens 4 är "Mycket hög" på skalan 4×4.',
    );
    expect(finding.fix?.edits).toEqual([
      { op: "cell", sheet: plan.name, row: r, col: LEVEL, value: "Mycket hög" },
    ]);
    expect(ofRule(findings(fixed(sheet, finding)), "risk.level")).toEqual([]);
    expect(
      ofRule(
        findings(sheet, BEFORE_DEADLINE, without("risk.level")),
        "risk.level",
      ),
    ).toEqual([]);
  });

  test("labels match without regard to case and spaces; a missing one is reported", () => {
    const sheet = withCells(plan, [
      { row: rowOf.R1, col: LEVEL, value: "  mycket   HÖG " },
      { row: rowOf.R2, col: LEVEL, value: "" },
    ]);
    const list = ofRule(findings(sheet), "risk.level");
    expect(list.map((f) => [f.cell, f.message])).toEqual([
      [
        toA1(rowOf.R2, LEVEL),
        'Risknivån saknas; sannolikhet 2, konsekvens 4 är "Hög" på skalan 4×4.',
      ],
    ]);
  });

  test("a scale that colours by cell: konsekvens 4 is never below Hög", () => {
    const custom = cloneScale(RISK_SCALE_4X4);
    custom.id = "custom";
    for (let s = 0; s < 4; s += 1)
      custom.cellLevels[s][3] = Math.max(custom.cellLevels[s][3], 2);
    // R9: S 2, K 4 = 8, "Hög" on both. R2 likewise. Put one at S 1, K 4: Medel by product.
    const sheet = withCells(plan, [
      { row: rowOf.R9, col: S, value: 1 },
      { row: rowOf.R9, col: RV, value: 4 },
      { row: rowOf.R9, col: LEVEL, value: "Medel" },
    ]);
    expect(ofRule(findings(sheet), "risk.level")).toEqual([]);
    const list = ofRule(
      findings(sheet, {
        ...BEFORE_DEADLINE,
        riskScale: "custom",
        customRiskScale: custom,
      }),
      "risk.level",
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      cell: toA1(rowOf.R9, LEVEL),
      expected: "Hög",
    });
    expect(list[0].message).toContain("på den egna skalan (4×4)");
  });

  test("steps off the scale leave the level to risk.scale", () => {
    const sheet = withCells(plan, [{ row: rowOf.R2, col: S, value: 7 }]);
    expect(ofRule(findings(sheet), "risk.level")).toEqual([]);
  });
});

describe("risk.incomplete", () => {
  test("no åtgärd, no ägare, no tidplan", () => {
    const sheet = withCells(plan, [
      { row: rowOf.R3, col: ACTION, value: "" },
      { row: rowOf.R4, col: OWNER, value: "" },
      { row: rowOf.R5, col: DEADLINE, value: "" },
    ]);
    const list = ofRule(findings(sheet), "risk.incomplete");
    expect(list.map((f) => [f.severity, f.cell, f.message])).toEqual([
      ["warning", toA1(rowOf.R3, ACTION), "Risken saknar åtgärd."],
      ["warning", toA1(rowOf.R4, OWNER), "Risken saknar ägare."],
      ["warning", toA1(rowOf.R5, DEADLINE), "Risken saknar tidplan."],
    ]);
    expect(
      findings(sheet, BEFORE_DEADLINE, without("risk.incomplete")),
    ).toEqual([]);
  });

  test("a tidplan that has passed while the status is not Klart", () => {
    const sheet = planSheet("Internkontrollplan", (risk) =>
      risk.id === "R1"
        ? "Klart"
        : risk.id === "R2"
          ? "Ej klart i år"
          : "Blir klart i år",
    ).sheet;
    const list = ofRule(findings(sheet, AFTER_DEADLINE), "risk.incomplete");
    // Every risk but R1 is late.
    expect(list.map((f) => f.cell)).toEqual(
      SEED_RISKS.filter((r) => r.id !== "R1").map((r) =>
        toA1(rowOf[r.id], DEADLINE),
      ),
    );
    expect(list[0].message).toBe(
      'Tidplanen 2020-12-31 har passerat (i dag 2021-01-15) men status är "Ej klart i år", inte Klart.',
    );
    expect(list[0].related).toEqual([toA1(rowOf.R2, STATUS)]);
    // On the deadline itself nothing is late yet.
    expect(
      ofRule(findings(sheet, { today: "2020-12-31" }), "risk.incomplete"),
    ).toEqual([]);
  });

  test("today defaults to the real date", () => {
    // 2020-12-31 has passed on any day these tests run.
    expect(ofRule(findings(plan, {}), "risk.incomplete")).toHaveLength(
      SEED_RISKS.length,
    );
  });

  test("an Excel date with a date format, and words without a date", () => {
    const sheet = withCells(plan, [
      { row: rowOf.R1, col: DEADLINE, value: 44136, format: "yyyy-mm-dd" }, // 2020-11-01
      { row: rowOf.R2, col: DEADLINE, value: "Löpande" },
      { row: rowOf.R3, col: DEADLINE, value: "T3 2020" },
    ]);
    const list = ofRule(
      findings(sheet, { today: "2020-11-15" }),
      "risk.incomplete",
    );
    expect(list.map((f) => f.cell)).toEqual([toA1(rowOf.R1, DEADLINE)]);
    expect(list[0].message).toContain("Tidplanen 2020-11-01 har passerat");
  });

  test("the published plan: late everywhere after the deadline, and an åtgärd without an owner", () => {
    const { sheet, rowOf: rows } = publishedSheet();
    const noOwner = withCells(sheet, [
      { row: rows.R9, col: 2, value: "Utreda och genomföra åtgärder." },
    ]);
    const list = ofRule(findings(noOwner, AFTER_DEADLINE), "risk.incomplete");
    expect(list).toHaveLength(SEED_RISKS.length + 1);
    expect(list.find((f) => f.cell === toA1(rows.R9, 2))?.message).toBe(
      "Åtgärden har ingen ägare: planen har ingen kolumn Ägare och ingen ägare står i åtgärden.",
    );
    expect(list.find((f) => f.cell === toA1(rows.R1, 3))?.message).toBe(
      "Tidplanen 2020-12-31 har passerat (i dag 2021-01-15) men planen har ingen kolumn Status, inte Klart.",
    );
  });

  test("a decision to take no åtgärd needs no owner or date", () => {
    const sheet = withCells(plan, [
      { row: rowOf.R10, col: ACTION, value: "Ingen åtgärd" },
      { row: rowOf.R10, col: OWNER, value: "" },
      { row: rowOf.R10, col: DEADLINE, value: "" },
    ]);
    expect(ofRule(findings(sheet), "risk.incomplete")).toEqual([]);
  });
});

describe("a level table on the sheet", () => {
  /** The plan with a 5×5 level table beside it, as the internkontroll template writes one. */
  function withLevelTable(levelOf: (s: number, k: number) => string) {
    const col = 13;
    const cells: { row: number; col: number; value: string }[] = [
      { row: 3, col, value: "Risknivåer (skala 5×5)" },
      { row: 4, col, value: "Sannolikhet \\ konsekvens" },
    ];
    RISK_SCALE_5X5.consequenceLabels.forEach((label, k) =>
      cells.push({ row: 4, col: col + 1 + k, value: `${k + 1} ${label}` })
    );
    for (let i = 0; i < 5; i += 1) {
      const s = 5 - i;
      cells.push({ row: 5 + i, col, value: `${s} ${RISK_SCALE_5X5.likelihoodLabels[s - 1]}` });
      for (let k = 1; k <= 5; k += 1) cells.push({ row: 5 + i, col: col + k, value: levelOf(s, k) });
    }
    return withCells(plan, cells);
  }

  test("the sheet is judged on its own table, not on the settings' scale", () => {
    const table = levelTableOf(RISK_SCALE_5X5);
    const sheet = withLevelTable((s, k) => table[5 - s][k - 1]);
    const list = findings(sheet);
    // On 5×5, S 3 × K 4 = 12 is Hög, not Mycket hög; S 4 × K 3 likewise; 2 × 4 = 8 Medel, not Hög …
    const levels = ofRule(list, "risk.level");
    expect(levels.map((f) => [f.cell, f.expected])).toEqual([
      [toA1(rowOf.R1, LEVEL), "Hög"],
      [toA1(rowOf.R2, LEVEL), "Medel"],
      [toA1(rowOf.R4, LEVEL), "Medel"],
      [toA1(rowOf.R5, LEVEL), "Hög"],
      [toA1(rowOf.R6, LEVEL), "Låg"],
      [toA1(rowOf.R9, LEVEL), "Medel"],
    ]);
    expect(levels[0].message).toBe(
      'Risknivån är "Mycket hög", men sannolikhet 3, konsekvens 4 är "Hög" på bladets nivåtabell (5×5).'
    );
    // 5 is a step on the sheet's scale.
    const five = withCells(sheet, [{ row: rowOf.R2, col: S, value: 5 }]);
    expect(ofRule(findings(five), "risk.scale")).toEqual([]);
  });

  test("its cells may band by konsekvens, with level names of its own", () => {
    const sheet = withLevelTable((s, k) => (k >= 4 ? "Rött" : s * k >= 6 ? "Gult" : "Grönt"));
    const list = ofRule(findings(sheet), "risk.level");
    expect(list.find((f) => f.cell === toA1(rowOf.R1, LEVEL))?.expected).toBe("Rött");
    expect(list.find((f) => f.cell === toA1(rowOf.R3, LEVEL))?.expected).toBe("Gult");
  });
});

describe("sheets without a risk table", () => {
  test("a recorded internkontroll sheet that holds no table gives no findings", () => {
    const sheet = makeSheet("Tom", [["Internkontrollplan"], ["Ej påbörjad"]], {
      recordedKind: "internkontroll",
    });
    expect(findings(sheet)).toEqual([]);
  });
});

describe("a risknivå computed by a formula", () => {
  const r = rowOf.R1;
  const levelFormula = `=IF(F${r + 1}>=12,"Mycket hög",IF(F${r + 1}>=8,"Hög",IF(F${r + 1}>=4,"Medel","Låg")))`;

  test("from a wrong riskvärde: only the riskvärde is reported", () => {
    const sheet = withCells(plan, [
      { row: r, col: RV, value: 9 },
      { row: r, col: LEVEL, value: "Hög", formula: levelFormula },
    ]);
    const list = findings(sheet);
    expect(list.map((f) => [f.rule, f.cell])).toEqual([["risk.value", toA1(r, RV)]]);
  });

  test("with bands of its own that disagree with the scale: reported, the fix says it replaces the formula", () => {
    const sheet = withCells(plan, [{ row: r, col: LEVEL, value: "Hög", formula: levelFormula.replace(">=12", ">=13") }]);
    const [finding] = ofRule(findings(sheet), "risk.level");
    expect(finding.cell).toBe(toA1(r, LEVEL));
    expect(finding.fix?.label).toContain('Skriv "Mycket hög" (ersätter formeln =IF(');
  });
});
