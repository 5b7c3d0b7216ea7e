import { OfficeMockObject } from "office-addin-mock";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { ExcelPort } from "../../src/host/excel";
import { PortError } from "../../src/host/port";

/** Office.context.document.settings as office-addin-mock builds it, with saveAsync's outcome chosen by the test. */
function installOffice(stored: Record<string, unknown>, saveSucceeds = true) {
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (key: string) => stored[key] ?? null,
          set: (key: string, value: unknown) => {
            stored[key] = value;
          },
          saveAsync: (callback: (result: { status: string }) => void) =>
            setTimeout(
              () => callback({ status: saveSucceeds ? "succeeded" : "failed" }),
              0,
            ),
        },
      },
    },
  });
  // An enum, not a proxy object: in Office.js it needs no load.
  office.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
  (globalThis as Record<string, unknown>).Office = office;
}

describe("settings in the workbook (Office.context.document.settings)", () => {
  test("saved under one key and read back", async () => {
    const stored: Record<string, unknown> = {};
    installOffice(stored);
    const port = new ExcelPort();
    expect(await port.loadSettings()).toBeNull();
    await port.saveSettings({ ...DEFAULT_SETTINGS, signConvention: "B" });
    expect(stored["rapportkoll.settings"]).toMatchObject({
      signConvention: "B",
    });
    expect(await port.loadSettings()).toMatchObject({
      signConvention: "B",
      language: "sv",
    });
  });

  test("a failed save is a PortError in both languages", async () => {
    installOffice({}, false);
    const error = await new ExcelPort()
      .saveSettings(DEFAULT_SETTINGS)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect((error as PortError).message).toBe(
      "Inställningarna kunde inte sparas i arbetsboken.",
    );
    expect((error as PortError).messageEn).toBe(
      "The settings could not be saved in the workbook.",
    );
  });
});
