import { withCells } from "../../fixtures/edit";
import { findingsOf, where } from "../../fixtures/run";
import { seedWorkbook, uppfoljningSheet } from "../../fixtures/tables";

describe("budget.zero-with-outcome", () => {
  test("a budget of 0 beside a prognos that is not 0", () => {
    const sheet = withCells(uppfoljningSheet("A"), {
      B5: 0,
      D5: -11800,
      B9: -645725,
      D9: -7575,
    });
    const found = findingsOf("budget.zero-with-outcome", sheet);
    expect(where(found)).toEqual(["budget.zero-with-outcome@B5"]);
    expect(found[0].severity).toBe("warning");
    expect(found[0].message).toBe(
      "Budgeten är 0 men Prognos (Helår) är −11\u00a0800. Saknas en budget, eller hör beloppet till en annan rad?"
    );
    expect(found[0].related).toEqual(["C5"]);
  });

  test("a budget and an outcome both 0 is fine, and plans are not outcomes", () => {
    const sheet = withCells(uppfoljningSheet("A"), {
      E5: 0,
      F5: 0,
      G5: 0,
      E9: -211242,
      F9: -215200,
      G9: -3958,
    });
    expect(findingsOf("budget.zero-with-outcome", sheet)).toEqual([]);
    // Investeringar: Övrigt has Budget 2020 −5,1 and Plan 2021 0,0; Plan is no outcome.
    expect(findingsOf("budget.zero-with-outcome", seedWorkbook())).toEqual([]);
  });
});
