import {
  isDateFormat,
  readDeadline,
  serialToIso,
  todayIso,
} from "../../../src/core/rules/riskDeadline";

describe("reading a tidplan", () => {
  test.each([
    ["2020-12-31", "2020-12-31"],
    [" 2020-12-31 ", "2020-12-31"],
    ["2020-06-30, 2020-12-31", "2020-12-31"],
    ["31/12 2020", "2020-12-31"],
    ["31.12.2020", "2020-12-31"],
    ["15 mars 2021", "2021-03-15"],
    ["december 2020", "2020-12-31"],
    ["Dec 2020", "2020-12-31"],
    ["2021-02", "2021-02-28"],
    ["T1 2021", "2021-04-30"],
    ["Tertial 2, 2021", "2021-08-31"],
    ["Q4 2020", "2020-12-31"],
    ["Kvartal 1 2021", "2021-03-31"],
    ["2020", "2020-12-31"],
    ["Under 2021", "2021-12-31"],
  ])("%s is due %s", (text, date) => {
    expect(readDeadline(text, "General")).toEqual({ kind: "date", date });
  });

  test.each(["Löpande", "Pågående", "Kontinuerligt", "Årligen", "Under året"])(
    "%s has no date",
    (text) => {
      expect(readDeadline(text, "General")).toEqual({ kind: "ongoing" });
    },
  );

  test("text that names no date is unreadable, not late", () => {
    expect(readDeadline("När budgeten är beslutad", "General")).toEqual({
      kind: "unreadable",
    });
    expect(readDeadline("2020-13-45", "General")).toEqual({
      kind: "unreadable",
    });
  });

  test("Excel dates: serial numbers with a date format, or in the range of dates", () => {
    expect(serialToIso(44196)).toBe("2020-12-31");
    expect(serialToIso(43831)).toBe("2020-01-01");
    expect(readDeadline(44196, "yyyy-mm-dd")).toEqual({
      kind: "date",
      date: "2020-12-31",
    });
    expect(readDeadline(44196, "General")).toEqual({
      kind: "date",
      date: "2020-12-31",
    });
    expect(readDeadline(2021, "General")).toEqual({
      kind: "date",
      date: "2021-12-31",
    });
    expect(readDeadline(7, "General")).toEqual({ kind: "unreadable" });
  });

  test("date formats", () => {
    for (const format of [
      "yyyy-mm-dd",
      "d/m/yyyy",
      "[$-41D]d mmmm yyyy",
      "mmm yy",
      "dd.mm.yyyy",
    ])
      expect(isDateFormat(format)).toBe(true);
    for (const format of [
      "General",
      "#,##0",
      "0%",
      "0.0",
      '"kr" #,##0',
      "@",
      "h:mm",
    ])
      expect(isDateFormat(format)).toBe(false);
  });

  test("today: fixed by the settings, or the local date", () => {
    expect(todayIso("2020-10-01")).toBe("2020-10-01");
    const now = new Date();
    expect(todayIso()).toBe(
      `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`,
    );
  });
});
