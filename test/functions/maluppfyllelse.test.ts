import { maluppfyllelse } from "../../src/functions/functions";
import { OMITTED, expectKollError } from "./helpers";

describe("KOLL.MÅLUPPFYLLELSE", () => {
  test("targets as written in domain.md §5", () => {
    expect(maluppfyllelse([[36]], [["≤38"]])).toEqual([["Uppfyllt"]]);
    expect(maluppfyllelse([[73.5]], [[">73,5"]])).toEqual([["Ej uppfyllt"]]);
    expect(maluppfyllelse([["0,8 %"]], [["<= 1,0%"]])).toEqual([["Uppfyllt"]]);
    expect(maluppfyllelse([[997]], [["≥975 per år"]])).toEqual([["Uppfyllt"]]);
    expect(maluppfyllelse([[0.071]], [["≤ 6,9 %"]])).toEqual([["Ej uppfyllt"]]);
    expect(maluppfyllelse([[0]], [["0 mnkr"]], OMITTED, [["lägre"]])).toEqual([
      ["Uppfyllt"],
    ]);
  });

  test("outcomes written with their unit, as indicator tables print them", () => {
    expect(
      maluppfyllelse([["index 66"]], [["index 68"]], OMITTED, [["högre"]]),
    ).toEqual([["Ej uppfyllt"]]);
    expect(maluppfyllelse([["997 per år"]], [["≥975 per år"]])).toEqual([
      ["Uppfyllt"],
    ]);
    expect(
      maluppfyllelse([["0,2 mnkr"]], [["0 mnkr"]], OMITTED, [["lägre"]]),
    ).toEqual([["Ej uppfyllt"]]);
  });

  test("a column of indicators spills a column of statuses", () => {
    const outcomes = [[36], [0.31], [66], [""], [997]];
    const targets = [
      ["≤38"],
      ["Indikator"],
      ["index 68"],
      ["≥ 95 %"],
      [">1 000"],
    ];
    expect(
      maluppfyllelse(outcomes, targets, OMITTED, [
        ["lägre"],
        [""],
        ["högre"],
        [""],
        [""],
      ]),
    ).toEqual([
      ["Uppfyllt"],
      ["Ej bedömd"],
      ["Ej uppfyllt"],
      ["Ej bedömd"],
      ["Ej uppfyllt"],
    ]);
  });

  test("a bare number needs the direction", () => {
    expect(maluppfyllelse([["96 %"]], [["95 %"]])).toEqual([["Ej bedömd"]]);
    expect(
      maluppfyllelse([["96 %"]], [["95 %"]], OMITTED, [["högre"]]),
    ).toEqual([["Uppfyllt"]]);
    expect(
      maluppfyllelse([[49]], [["index 49"]], OMITTED, [["Högre är bättre"]]),
    ).toEqual([["Uppfyllt"]]);
    expect(maluppfyllelse([[0.93]], [[0.95]], OMITTED, [["högre"]])).toEqual([
      ["Ej uppfyllt"],
    ]);
  });

  test("Öka, Minska and Behåll need the previous value", () => {
    expect(maluppfyllelse([[36]], [["Öka"]])).toEqual([["Ej bedömd"]]);
    expect(maluppfyllelse([[36]], [["Öka"]], [[31]])).toEqual([["Uppfyllt"]]);
    expect(maluppfyllelse([["31 %"]], [["Minska"]], [[0.32]])).toEqual([
      ["Uppfyllt"],
    ]);
    expect(maluppfyllelse([[66]], [["Behåll"]], [[66]])).toEqual([
      ["Uppfyllt"],
    ]);
  });

  test("with a baseline, a move towards a missed target is Delvis uppfyllt", () => {
    expect(maluppfyllelse([["90 %"]], [["≥ 95 %"]], [["85 %"]])).toEqual([
      ["Delvis uppfyllt"],
    ]);
    expect(maluppfyllelse([["80 %"]], [["≥ 95 %"]], [["85 %"]])).toEqual([
      ["Ej uppfyllt"],
    ]);
  });

  test("> Länssnitt needs the comparison value", () => {
    expect(maluppfyllelse([[70]], [["> Länssnitt"]])).toEqual([["Ej bedömd"]]);
    expect(
      maluppfyllelse([[70]], [["> Länssnitt"]], OMITTED, OMITTED, [[66]]),
    ).toEqual([["Uppfyllt"]]);
  });

  test("a blank outcome, Indikator, a blank target and a missing marker are Ej bedömd", () => {
    expect(maluppfyllelse([[""]], [["≤38"]])).toEqual([["Ej bedömd"]]);
    expect(maluppfyllelse([[null]], [["≤38"]])).toEqual([["Ej bedömd"]]);
    expect(maluppfyllelse([[".."]], [["≤38"]])).toEqual([["Ej bedömd"]]);
    expect(maluppfyllelse([[31]], [["Indikator"]])).toEqual([["Ej bedömd"]]);
    expect(maluppfyllelse([[31]], [[""]])).toEqual([["Ej bedömd"]]);
  });

  test("an unreadable target, outcome or direction is #VALUE! with the reason", () => {
    expectKollError(
      maluppfyllelse([[31]], [["bra"]])[0][0],
      "#VALUE!",
      /känner igen/,
    );
    expectKollError(
      maluppfyllelse([["8/19"]], [["≤38"]])[0][0],
      "#VALUE!",
      /rankning/,
    );
    expectKollError(
      maluppfyllelse([[31]], [["95 %"]], OMITTED, [["sidled"]])[0][0],
      "#VALUE!",
      /"högre" eller "lägre"/,
    );
    expectKollError(
      maluppfyllelse([[true]], [["≤38"]])[0][0],
      "#VALUE!",
      /sanningsvärde/,
    );
  });
});
