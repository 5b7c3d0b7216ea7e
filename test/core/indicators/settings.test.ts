/** The directions the user chose per indicator travel in the settings, and bad ones are refused. */
import { DEFAULT_SETTINGS, parseSettings } from "../../../src/core/settings";

describe("indicatorDirections", () => {
  test("default: none", () => {
    expect(DEFAULT_SETTINGS.indicatorDirections).toEqual({});
    const parsed = parseSettings({});
    expect(parsed.ok && parsed.settings.indicatorDirections).toEqual({});
  });

  test("read from stored settings", () => {
    const parsed = parseSettings({
      indicatorDirections: {
        "antal konkurser": "lower",
        "andel nöjda": "higher",
      },
    });
    expect(parsed.ok && parsed.settings.indicatorDirections).toEqual({
      "antal konkurser": "lower",
      "andel nöjda": "higher",
    });
  });

  test("a wrong direction is refused with a Swedish reason", () => {
    expect(
      parseSettings({ indicatorDirections: { "antal konkurser": "ner" } }),
    ).toEqual({
      ok: false,
      reason:
        'Riktningen för "antal konkurser" måste vara "higher" eller "lower".',
    });
    expect(parseSettings({ indicatorDirections: ["lower"] })).toMatchObject({
      ok: false,
    });
  });

  test("parsed settings do not share the defaults' object", () => {
    const parsed = parseSettings({});
    if (!parsed.ok) throw new Error(parsed.reason);
    parsed.settings.indicatorDirections.x = "higher";
    expect(DEFAULT_SETTINGS.indicatorDirections).toEqual({});
  });
});
