import { tal } from "../../src/functions/functions";
import { expectKollError } from "./helpers";

describe("KOLL.TAL", () => {
  test.each([
    ["45 725", 45725],
    ["45\u00A0725", 45725],
    ["45\u2009725", 45725],
    ["−1 741", -1741],
    ["-1 741", -1741],
    ["- 0,8", -0.8],
    ["8,5 %", 0.085],
    ["35%", 0.35],
    ["-301%", -3.01],
    ["40,7", 40.7],
    ["9400", 9400],
    ["12.3", 12.3],
    ["0 mnkr", 0],
  ])("%j → %d", (text, value) => {
    expect(tal([[text]])[0][0]).toBeCloseTo(value, 12);
  });

  test("numbers pass through, and a range spills", () => {
    expect(tal([[12], ["1 000"]])).toEqual([[12], [1000]]);
  });

  test("text that is not a number is #VALUE! with the reason", () => {
    expectKollError(tal([["8/19"]])[0][0], "#VALUE!", /rankning/);
    expectKollError(tal([["abc"]])[0][0], "#VALUE!", /inte ett tal/);
    expectKollError(tal([["1 23"]])[0][0], "#VALUE!", /tusental/);
    expectKollError(tal([[true]])[0][0], "#VALUE!", /sanningsvärde/);
  });

  test("an empty cell or a missing marker is #N/A, not 0", () => {
    expectKollError(tal([[""]])[0][0], "#N/A", /tom/);
    expectKollError(tal([[".."]])[0][0], "#N/A", /saknas/);
  });
});
