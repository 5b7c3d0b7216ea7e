/**
 * The conventions a workbook is checked under. Stored in the workbook (so the next person who
 * opens it gets the same), given to the command line as settings.json, and read by the engine.
 */
import { RISK_SCALE_PRESETS, RiskScale, parseRiskScale } from "./riskScale";
import { SheetKind, SHEET_KINDS } from "./workbook";

/** A: income positive, costs negative (Huddinge). B: costs positive (Haninge). */
export type SignConvention = "auto" | "A" | "B";
/** The base of a percentage change: the old value (default) or the new one (nämndplan). */
export type PercentBase = "auto" | "from" | "to";
export type Language = "sv" | "en";

export interface Settings {
  signConvention: SignConvention;
  percentBase: PercentBase;
  /**
   * Rounding tolerance in units of the last printed digit. "auto": one unit, up to ⌈n/2⌉ units
   * for a total of n parts (domain.md §3).
   */
  tolerance: number | "auto";
  riskScale: "4x4" | "5x5" | "custom";
  /** The user's own scale, used when riskScale is "custom". */
  customRiskScale?: RiskScale;
  language: Language;
  /** Per sheet name: the kind to use instead of the recognised one. */
  kindOverrides: Record<string, SheetKind>;
  /** Indicator breakdowns: a gap worth explaining, in percentage points (shares)… */
  equalityGapPoints: number;
  /** …or relative to the total (counts and indices), as a fraction. */
  equalityGapRelative: number;
  /**
   * The date deadlines are compared with ("2020-12-31"); absent means the real date. Tests and
   * the command line set it so that a check gives the same answer on any day.
   */
  today?: string;
  /**
   * Per indicator (its label, normalised: lower case, single spaces): whether a higher or a
   * lower value is better, as the user chose it where the table does not say.
   */
  indicatorDirections: Record<string, "higher" | "lower">;
}

export const DEFAULT_SETTINGS: Settings = {
  signConvention: "auto",
  percentBase: "auto",
  tolerance: "auto",
  riskScale: "4x4",
  language: "sv",
  kindOverrides: {},
  equalityGapPoints: 5,
  equalityGapRelative: 0.1,
  indicatorDirections: {},
};

/** The scale the settings choose. */
export function activeRiskScale(settings: Settings): RiskScale {
  if (settings.riskScale === "custom" && settings.customRiskScale)
    return settings.customRiskScale;
  return settings.riskScale === "5x5"
    ? RISK_SCALE_PRESETS["5x5"]
    : RISK_SCALE_PRESETS["4x4"];
}

export type SettingsParse =
  { ok: true; settings: Settings } | { ok: false; reason: string };

/**
 * Reads settings from stored JSON (the workbook, settings.json): unknown keys are ignored,
 * missing keys take the defaults, and a wrong value is refused with a Swedish reason.
 */
export function parseSettings(raw: unknown): SettingsParse {
  if (raw === null || raw === undefined)
    return { ok: true, settings: { ...DEFAULT_SETTINGS } };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { ok: false, reason: "Inställningarna måste vara ett JSON-objekt." };
  }
  const input = raw as Record<string, unknown>;
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    kindOverrides: {},
    indicatorDirections: {},
  };

  const pick = <T extends string>(
    key: string,
    allowed: readonly T[],
  ): T | undefined | Error => {
    const value = input[key];
    if (value === undefined) return undefined;
    if (
      typeof value === "string" &&
      (allowed as readonly string[]).includes(value)
    )
      return value as T;
    return new Error(
      `"${key}" måste vara ett av ${allowed.map((a) => `"${a}"`).join(", ")}.`,
    );
  };

  const sign = pick("signConvention", ["auto", "A", "B"] as const);
  if (sign instanceof Error) return { ok: false, reason: sign.message };
  if (sign) settings.signConvention = sign;

  const base = pick("percentBase", ["auto", "from", "to"] as const);
  if (base instanceof Error) return { ok: false, reason: base.message };
  if (base) settings.percentBase = base;

  const scale = pick("riskScale", ["4x4", "5x5", "custom"] as const);
  if (scale instanceof Error) return { ok: false, reason: scale.message };
  if (scale) settings.riskScale = scale;

  const language = pick("language", ["sv", "en"] as const);
  if (language instanceof Error) return { ok: false, reason: language.message };
  if (language) settings.language = language;

  if (input.tolerance !== undefined) {
    const t = input.tolerance;
    if (t === "auto") settings.tolerance = "auto";
    else if (typeof t === "number" && Number.isFinite(t) && t >= 0 && t <= 1000)
      settings.tolerance = t;
    else
      return {
        ok: false,
        reason:
          '"tolerance" måste vara "auto" eller ett tal mellan 0 och 1000.',
      };
  }

  for (const key of ["equalityGapPoints", "equalityGapRelative"] as const) {
    const v = input[key];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      return {
        ok: false,
        reason: `"${key}" måste vara ett tal som inte är negativt.`,
      };
    }
    settings[key] = v;
  }

  if (input.kindOverrides !== undefined) {
    const overrides = input.kindOverrides;
    if (
      typeof overrides !== "object" ||
      overrides === null ||
      Array.isArray(overrides)
    ) {
      return {
        ok: false,
        reason: '"kindOverrides" måste vara ett objekt: bladnamn → bladtyp.',
      };
    }
    for (const [sheet, kind] of Object.entries(overrides)) {
      if (
        typeof kind !== "string" ||
        !(SHEET_KINDS as readonly string[]).includes(kind)
      ) {
        return {
          ok: false,
          reason: `Okänd bladtyp "${String(kind)}" för bladet "${sheet}".`,
        };
      }
      settings.kindOverrides[sheet] = kind as SheetKind;
    }
  }

  if (input.indicatorDirections !== undefined) {
    const directions = input.indicatorDirections;
    if (
      typeof directions !== "object" ||
      directions === null ||
      Array.isArray(directions)
    ) {
      return {
        ok: false,
        reason:
          '"indicatorDirections" måste vara ett objekt: indikator → "higher" eller "lower".',
      };
    }
    for (const [indicator, direction] of Object.entries(directions)) {
      if (direction !== "higher" && direction !== "lower") {
        return {
          ok: false,
          reason: `Riktningen för "${indicator}" måste vara "higher" eller "lower".`,
        };
      }
      settings.indicatorDirections[indicator] = direction;
    }
  }

  if (input.customRiskScale !== undefined) {
    const custom = parseRiskScale(input.customRiskScale);
    if (!custom.ok) return { ok: false, reason: custom.reason };
    settings.customRiskScale = custom.scale;
  }
  if (settings.riskScale === "custom" && !settings.customRiskScale) {
    return {
      ok: false,
      reason:
        '"riskScale" är "custom" men ingen egen riskskala ("customRiskScale") finns.',
    };
  }

  if (input.today !== undefined) {
    if (typeof input.today !== "string" || !isIsoDate(input.today))
      return {
        ok: false,
        reason: '"today" måste vara ett datum skrivet ÅÅÅÅ-MM-DD.',
      };
    settings.today = input.today;
  }
  return { ok: true, settings };
}

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(
    Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])),
  );
  return (
    date.getUTCMonth() === Number(match[2]) - 1 &&
    date.getUTCDate() === Number(match[3])
  );
}
