import { riskniva } from "../../../src/functions/functions";
import {
  RISK_SCALE_4X4,
  RISK_SCALE_5X5,
  RiskScale,
  cloneScale,
  levelIndexByName,
  levelTableOf,
  parseRiskScale,
  resizeScale,
  riskLevelOf,
  startingScale,
} from "../../../src/core/riskScale";
import {
  DEFAULT_SETTINGS,
  activeRiskScale,
  parseSettings,
} from "../../../src/core/settings";

/** A 3×3 scale coloured by cell: konsekvens 3 is never green. */
function threeByThree(): RiskScale {
  return {
    id: "custom",
    size: 3,
    likelihoodLabels: ["Låg", "Medel", "Hög"],
    consequenceLabels: ["Liten", "Märkbar", "Stor"],
    levels: [
      { name: "Acceptabel", nameEn: "Acceptable", color: "#63BE7B" },
      { name: "Bevaka", nameEn: "Watch", color: "#FFEB84" },
      { name: "Åtgärda", nameEn: "Act", color: "#F8696B" },
    ],
    cellLevels: [
      [0, 0, 1],
      [0, 1, 2],
      [1, 2, 2],
    ],
  };
}

function reasonOf(raw: unknown): string {
  const parsed = parseRiskScale(raw);
  if (parsed.ok) throw new Error("expected a reason");
  return parsed.reason;
}

describe("a custom scale read from the settings", () => {
  test("a complete scale is accepted as it is (colours in upper case, names trimmed)", () => {
    const raw = {
      ...threeByThree(),
      levels: threeByThree().levels.map((l) => ({
        ...l,
        name: ` ${l.name} `,
        color: l.color.toLowerCase(),
      })),
    };
    const parsed = parseRiskScale(raw);
    expect(parsed).toEqual({ ok: true, scale: threeByThree() });
  });

  test("the English name may be left out: the Swedish one is used", () => {
    const raw = threeByThree();
    const levels = raw.levels.map(({ name, color }) => ({ name, color }));
    const parsed = parseRiskScale({ ...raw, levels });
    expect(parsed.ok && parsed.scale.levels[0].nameEn).toBe("Acceptabel");
  });

  test.each([
    [
      { size: 2 },
      "Den egna riskskalan: storleken måste vara ett heltal från 3 till 6.",
    ],
    [
      { size: 7 },
      "Den egna riskskalan: storleken måste vara ett heltal från 3 till 6.",
    ],
    [
      { likelihoodLabels: ["Låg", "Medel"] },
      "Den egna riskskalan: Sannolikhet måste ha en etikett för vart och ett av de 3 stegen.",
    ],
    [
      { consequenceLabels: ["Liten", " ", "Stor"] },
      "Den egna riskskalan: Konsekvens steg 2 saknar etikett.",
    ],
    [
      { consequenceLabels: ["Liten", "liten", "Stor"] },
      'Den egna riskskalan: Konsekvens steg 2 har samma etikett som ett annat steg ("liten").',
    ],
    [
      { levels: [] },
      "Den egna riskskalan: den måste ha minst en risknivå med namn och färg.",
    ],
    [
      { levels: [{ name: "", color: "#FFFFFF" }] },
      "Den egna riskskalan: risknivå 1 saknar namn.",
    ],
    [
      { levels: [{ name: "Låg", color: "grön" }] },
      'Den egna riskskalan: risknivå 1 ("Låg") måste ha en färg skriven #RRGGBB, till exempel #63BE7B.',
    ],
    [
      {
        levels: [
          { name: "Låg", color: "#63BE7B" },
          { name: "låg", color: "#63BE7B" },
        ],
      },
      'Den egna riskskalan: två risknivåer heter "låg".',
    ],
    [
      {
        cellLevels: [
          [0, 0, 1],
          [0, 1, 2],
        ],
      },
      "Den egna riskskalan: nivåtabellen måste ha 3 × 3 rutor, en nivå för varje sannolikhet och konsekvens.",
    ],
    [
      {
        cellLevels: [
          [0, 0, 1],
          [0, 1, 2],
          [1, 2, 3],
        ],
      },
      "Den egna riskskalan: rutan sannolikhet 3, konsekvens 3 saknar en av de 3 nivåerna.",
    ],
    [
      {
        cellLevels: [
          [0, 0, 1],
          [0, null, 2],
          [1, 2, 2],
        ],
      },
      "Den egna riskskalan: rutan sannolikhet 2, konsekvens 2 saknar en av de 3 nivåerna.",
    ],
  ])("%j is refused", (patch, reason) => {
    expect(reasonOf({ ...threeByThree(), ...patch })).toBe(reason);
  });

  test("not an object at all", () => {
    expect(reasonOf("5x5")).toBe(
      "Den egna riskskalan: den måste vara ett objekt med storlek, etiketter, nivåer och nivåtabell.",
    );
  });
});

describe("the custom scale in the settings", () => {
  test("stored and read back: the settings' active scale is the custom one", () => {
    const stored = JSON.parse(
      JSON.stringify({ riskScale: "custom", customRiskScale: threeByThree() }),
    );
    const parsed = parseSettings(stored);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.settings.customRiskScale).toEqual(threeByThree());
    expect(activeRiskScale(parsed.settings)).toEqual(threeByThree());
  });

  test("a broken custom scale is refused with its Swedish reason", () => {
    const parsed = parseSettings({
      riskScale: "custom",
      customRiskScale: { ...threeByThree(), size: 9 },
    });
    expect(parsed).toEqual({
      ok: false,
      reason:
        "Den egna riskskalan: storleken måste vara ett heltal från 3 till 6.",
    });
  });

  test('"custom" without a custom scale is refused', () => {
    expect(parseSettings({ riskScale: "custom" })).toEqual({
      ok: false,
      reason:
        '"riskScale" är "custom" men ingen egen riskskala ("customRiskScale") finns.',
    });
  });

  test("a custom scale kept while a preset is chosen", () => {
    const parsed = parseSettings({
      riskScale: "5x5",
      customRiskScale: threeByThree(),
    });
    expect(parsed.ok && activeRiskScale(parsed.settings)).toBe(RISK_SCALE_5X5);
  });

  test("today: a real ISO date, or refused", () => {
    const parsed = parseSettings({ today: "2020-12-31" });
    expect(parsed.ok && parsed.settings.today).toBe("2020-12-31");
    expect(parseSettings({ today: "2020-02-30" })).toEqual({
      ok: false,
      reason: '"today" måste vara ett datum skrivet ÅÅÅÅ-MM-DD.',
    });
    expect(DEFAULT_SETTINGS.today).toBeUndefined();
  });

  test("the presets pass their own validation", () => {
    for (const preset of [RISK_SCALE_4X4, RISK_SCALE_5X5]) {
      const parsed = parseRiskScale(preset);
      expect(parsed).toEqual({ ok: true, scale: { ...preset, id: "custom" } });
    }
  });
});

describe("starting, resizing and using a custom scale", () => {
  test("size 4 and 5 start from the presets; 3 and 6 from neutral labels banded by product", () => {
    expect(startingScale(4)).toEqual({ ...RISK_SCALE_4X4, id: "custom" });
    expect(startingScale(5).cellLevels).toEqual(RISK_SCALE_5X5.cellLevels);
    const six = startingScale(6);
    expect(six.likelihoodLabels).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `Sannolikhet ${n}`),
    );
    expect(six.cellLevels[0][0]).toBe(0);
    expect(six.cellLevels[5][5]).toBe(3);
    expect(parseRiskScale(six).ok).toBe(true);
    expect(parseRiskScale(startingScale(3)).ok).toBe(true);
  });

  test("resizing keeps the labels and levels that still exist", () => {
    const grown = resizeScale(threeByThree(), 4);
    expect(grown.likelihoodLabels).toEqual([
      "Låg",
      "Medel",
      "Hög",
      "Sannolikhet 4",
    ]);
    expect(grown.cellLevels[3]).toEqual([1, 2, 2, 2]);
    expect(parseRiskScale(grown).ok).toBe(true);
    const shrunk = resizeScale(RISK_SCALE_5X5, 3);
    expect(shrunk.consequenceLabels).toEqual([
      "Obetydlig",
      "Lindrig",
      "Kännbar",
    ]);
    expect(shrunk.cellLevels).toEqual(
      RISK_SCALE_5X5.cellLevels.slice(0, 3).map((r) => r.slice(0, 3)),
    );
  });

  test("cloning leaves the original untouched", () => {
    const copy = cloneScale(RISK_SCALE_4X4);
    copy.cellLevels[0][0] = 3;
    copy.levels[0].name = "X";
    expect(RISK_SCALE_4X4.cellLevels[0][0]).toBe(0);
    expect(RISK_SCALE_4X4.levels[0].name).toBe("Låg");
  });

  test("levels by name, as typed", () => {
    expect(levelIndexByName(RISK_SCALE_4X4, " mycket  hög")).toBe(3);
    expect(levelIndexByName(RISK_SCALE_4X4, "Very high")).toBe(3);
    expect(levelIndexByName(RISK_SCALE_4X4, "Kritisk")).toBe(-1);
    expect(levelIndexByName(RISK_SCALE_4X4, "")).toBe(-1);
  });

  test("KOLL.RISKNIVÅ given the custom scale's level table agrees with the scale, cell by cell", () => {
    const scale = threeByThree();
    const table = levelTableOf(scale);
    expect(table).toEqual([
      ["Bevaka", "Åtgärda", "Åtgärda"],
      ["Acceptabel", "Bevaka", "Åtgärda"],
      ["Acceptabel", "Acceptabel", "Bevaka"],
    ]);
    const s: number[][] = [];
    const k: number[][] = [];
    for (let a = 1; a <= 3; a += 1)
      for (let b = 1; b <= 3; b += 1) {
        s.push([a]);
        k.push([b]);
      }
    const levels = riskniva(s, k, table);
    s.forEach(([a], i) =>
      expect(levels[i][0]).toBe(riskLevelOf(scale, a, k[i][0])?.name),
    );
  });
});
