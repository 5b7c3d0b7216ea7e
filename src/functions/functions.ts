/**
 * Rapportkoll's custom functions (namespace KOLL). The JSDoc tags below are the metadata:
 * custom-functions-metadata turns them into functions.json at build time (Swedish), the build
 * writes functions-en.json from it and translations.en.json, and the metadata webpack plugin
 * adds the CustomFunctions.associate calls. Each function is a thin wrapper: reading the cells
 * is args.ts, the real work is one call into src/core/calc.
 *
 * Parameters and results are typed `any`: custom-functions-metadata derives Excel's parameter
 * types from these signatures, and "any" is how a parameter that takes numbers, text and empty
 * cells is declared to Excel. The generator also refuses `any[][] | null`, although Excel passes
 * null for an omitted optional argument; the wrappers accept null and undefined alike.
 */
import { change } from "../core/calc/change";
import { deviation } from "../core/calc/deviation";
import {
  deviationPercentProblem,
  deviationPercentRatio,
  parsePercentBase,
  percentChangeProblem,
  percentChangeRatio,
} from "../core/calc/percent";
import {
  isMonthCount,
  periodBudget,
  profileProblem,
} from "../core/calc/period";
import {
  presetLevelName,
  riskMatrixCounts,
  riskMatrixIds,
  riskValue,
  tableLevel,
} from "../core/calc/risk";
import { assessTarget } from "../core/calc/targets";
import { formatNumber } from "../core/numbers";
import {
  asGrid,
  cellsOf,
  elementwise,
  elementwise2,
  finiteResult,
  guarded,
  isKollError,
  kollError,
  numberArg,
  optionalNumberArg,
  scalarArg,
  textArg,
} from "./args";
import { CellRegister, idText, scaleArg, stepArg } from "./riskArgs";
import { directionArg, measuredArg, targetArg } from "./targetArgs";
import { sumCheckGrid } from "./sumCheckArgs";

const codes = () => CustomFunctions.ErrorCode;

/**
 * Avvikelse: utfall − budget. Tar tal, svensk taltext och lika stora områden (ger då ett spillt område). En tom cell räknas som 0.
 * @customfunction AVVIKELSE AVVIKELSE
 * @param {any[][]} budget Budget: ett tal, en text som "−1 741" eller ett område.
 * @param {any[][]} utfall Utfall eller prognos: ett tal, en text eller ett område lika stort som budget.
 * @returns {any[][]} Utfall minus budget.
 */
export function avvikelse(budget: any[][], utfall: any[][]): any[][] {
  return guarded(() =>
    elementwise2(budget, utfall, ["Budget", "Utfall"], (b, u) => {
      const budgetValue = numberArg(b, "Budget");
      if (typeof budgetValue !== "number") return budgetValue;
      const outcomeValue = numberArg(u, "Utfall");
      if (typeof outcomeValue !== "number") return outcomeValue;
      return finiteResult(deviation(budgetValue, outcomeValue));
    }),
  );
}

/**
 * Avvikelse i procent: (utfall − budget) / |budget|, med avvikelsens tecken. Budget 0 ger #DIV/0!. Lika stora områden ger ett spillt område.
 * @customfunction AVVIKELSE.PROCENT AVVIKELSE.PROCENT
 * @param {any[][]} budget Budget: ett tal, en text som "−728 162" eller ett område.
 * @param {any[][]} utfall Utfall eller prognos: ett tal, en text eller ett område lika stort som budget.
 * @returns {any[][]} Avvikelsen som andel av budgetens belopp (formatera som procent).
 */
export function avvikelseProcent(budget: any[][], utfall: any[][]): any[][] {
  return guarded(() =>
    elementwise2(budget, utfall, ["Budget", "Utfall"], (b, u) => {
      const budgetValue = numberArg(b, "Budget");
      if (typeof budgetValue !== "number") return budgetValue;
      const outcomeValue = numberArg(u, "Utfall");
      if (typeof outcomeValue !== "number") return outcomeValue;
      if (deviationPercentProblem(budgetValue)) {
        return kollError(
          codes().divisionByZero,
          "Budget är 0; avvikelse i procent går inte att räkna ut.",
        );
      }
      return finiteResult(deviationPercentRatio(budgetValue, outcomeValue));
    }),
  );
}

/**
 * Förändring: till − från (t.ex. Budget 2024 − Budget 2023). Lika stora områden ger ett spillt område. En tom cell räknas som 0.
 * @customfunction FORANDRING FÖRÄNDRING
 * @param {any[][]} från Det gamla värdet: ett tal, en text eller ett område.
 * @param {any[][]} till Det nya värdet: ett tal, en text eller ett område lika stort som från.
 * @returns {any[][]} Till minus från.
 */
export function forandring(från: any[][], till: any[][]): any[][] {
  return guarded(() =>
    elementwise2(från, till, ["Från", "Till"], (f, t) => {
      const fromValue = numberArg(f, "Från");
      if (typeof fromValue !== "number") return fromValue;
      const toValue = numberArg(t, "Till");
      if (typeof toValue !== "number") return toValue;
      return finiteResult(change(fromValue, toValue));
    }),
  );
}

/**
 * Procentuell förändring som Excels =till/från−1: (till − från) / bas med basens eget tecken (−12 696 → −17 162 ger +35 %). Bas 0 ger #DIV/0!, olika tecken ger #NUM!.
 * @customfunction FORANDRING.PROCENT FÖRÄNDRING.PROCENT
 * @param {any[][]} från Det gamla värdet: ett tal, en text eller ett område.
 * @param {any[][]} till Det nya värdet: ett tal, en text eller ett område lika stort som från.
 * @param {any} [bas] "från" (standard; även "gammal") eller "till" (även "ny"): värdet som förändringen delas med.
 * @returns {any[][]} Förändringen som andel av basen (formatera som procent).
 */
export function forandringProcent(
  från: any[][],
  till: any[][],
  bas?: any,
): any[][] {
  return guarded(() => {
    const baseText = textArg(scalarArg(bas, "Bas"), "Bas");
    if (isKollError(baseText)) throw baseText;
    const base = parsePercentBase(baseText ?? "");
    if (!base) {
      throw kollError(
        codes().invalidValue,
        `Bas ska vara "från" (även "gammal", "old") eller "till" (även "ny", "new"), inte "${baseText}".`,
      );
    }
    return elementwise2(från, till, ["Från", "Till"], (f, t) => {
      const fromValue = numberArg(f, "Från");
      if (typeof fromValue !== "number") return fromValue;
      const toValue = numberArg(t, "Till");
      if (typeof toValue !== "number") return toValue;
      const problem = percentChangeProblem(fromValue, toValue, base);
      if (problem === null)
        return finiteResult(percentChangeRatio(fromValue, toValue, base));
      if (problem === "zeroBase") {
        const which = base === "from" ? "Från" : "Till";
        return kollError(
          codes().divisionByZero,
          `${which} är 0 och är basen; en procentuell förändring går inte att räkna ut.`,
        );
      }
      return kollError(
        codes().invalidNumber,
        `Från (${formatNumber(fromValue)}) och till (${formatNumber(toValue)}) har olika tecken; en procentuell förändring blir missvisande.`,
      );
    });
  });
}

/**
 * Riskvärde: sannolikhet × konsekvens, båda heltal på skalan (4×4 som standard eller 5×5). En rad där båda är tomma ger en tom text.
 * @customfunction RISKVARDE RISKVÄRDE
 * @param {any[][]} sannolikhet Sannolikhet: ett heltal 1–4 (1–5 på skala 5) eller ett område.
 * @param {any[][]} konsekvens Konsekvens: ett heltal på samma skala, eller ett område lika stort som sannolikhet.
 * @param {any[][]} [skala] 4 (standard), 5 eller en nivåtabell (n×n) som anger skalans storlek.
 * @returns {any[][]} Riskvärdet.
 */
export function riskvarde(
  sannolikhet: any[][],
  konsekvens: any[][],
  skala?: any[][],
): any[][] {
  return guarded(() => {
    const { size } = scaleArg(skala);
    return elementwise2(
      sannolikhet,
      konsekvens,
      ["Sannolikhet", "Konsekvens"],
      (s, k) => {
        const steps = stepPair(s, k, size);
        return Array.isArray(steps) ? riskValue(steps[0], steps[1]) : steps;
      },
    );
  });
}

/**
 * Risknivå (Låg, Medel, Hög, Mycket hög) för sannolikhet och konsekvens, enligt förvalen 4×4 och 5×5 eller er egen nivåtabell.
 * @customfunction RISKNIVA RISKNIVÅ
 * @param {any[][]} sannolikhet Sannolikhet: ett heltal på skalan eller ett område.
 * @param {any[][]} konsekvens Konsekvens: ett heltal på skalan eller ett område lika stort som sannolikhet.
 * @param {any[][]} [skala] 4 (standard), 5 eller en nivåtabell: n×n celler med nivåer, högsta sannolikhet på översta raden, konsekvens 1 till vänster.
 * @returns {any[][]} Nivån för varje risk.
 */
export function riskniva(
  sannolikhet: any[][],
  konsekvens: any[][],
  skala?: any[][],
): any[][] {
  return guarded(() => {
    const scale = scaleArg(skala);
    return elementwise2(
      sannolikhet,
      konsekvens,
      ["Sannolikhet", "Konsekvens"],
      (s, k) => {
        const steps = stepPair(s, k, scale.size);
        if (!Array.isArray(steps)) return steps;
        if (scale.preset)
          return presetLevelName(scale.preset, steps[0], steps[1]);
        const level = tableLevel(scale.table ?? [], steps[0], steps[1]);
        return level === null
          ? kollError(
              codes().notAvailable,
              `Nivåtabellen saknar nivå för sannolikhet ${steps[0]}, konsekvens ${steps[1]}.`,
            )
          : level;
      },
    );
  });
}

/** Both steps of a risk, "" for an empty register row, or the error of the first bad step. */
function stepPair(
  s: unknown,
  k: unknown,
  size: number,
): [number, number] | string | CustomFunctions.Error {
  const likelihood = stepArg(s, "Sannolikhet", size);
  const consequence = stepArg(k, "Konsekvens", size);
  if (likelihood === null && consequence === null) return "";
  if (isKollError(likelihood)) return likelihood;
  if (isKollError(consequence)) return consequence;
  if (likelihood === null)
    return kollError(codes().notAvailable, "Sannolikhet saknas.");
  if (consequence === null)
    return kollError(codes().notAvailable, "Konsekvens saknas.");
  return [likelihood, consequence];
}

/**
 * Riskmatris: antalet risker i varje ruta, högsta sannolikhet överst och konsekvens 1…n från vänster. Med en kolumn id:n listas id:na ("R1, R4") i stället.
 * @customfunction RISKMATRIS RISKMATRIS
 * @param {any[][]} sannolikheter Sannolikheten för varje risk (en kolumn).
 * @param {any[][]} konsekvenser Konsekvensen för varje risk (en kolumn lika lång).
 * @param {any[][]} [id] Riskernas id (en kolumn lika lång); då visar rutorna id:n i stället för antal.
 * @param {any[][]} [skala] 4 (standard), 5 eller en nivåtabell (n×n) som anger matrisens storlek.
 * @returns {any[][]} En n×n-matris.
 */
export function riskmatris(
  sannolikheter: any[][],
  konsekvenser: any[][],
  id?: any[][],
  skala?: any[][],
): any[][] {
  return guarded(() => {
    const { size } = scaleArg(skala);
    const register = new CellRegister(
      asGrid(sannolikheter, "Sannolikheter"),
      asGrid(konsekvenser, "Konsekvenser"),
    );
    const idCells = cellsOf(asGrid(id, "Id"));
    const withIds =
      idCells.length > 1 || optionalNumberArg(idCells[0], "Id") !== null;
    if (withIds && idCells.length !== register.length) {
      throw kollError(
        codes().invalidValue,
        `Id har ${idCells.length} celler men riskerna är ${register.length}; de måste vara lika många.`,
      );
    }
    const result = withIds
      ? riskMatrixIds(register, idCells.map(idText), size)
      : riskMatrixCounts(register, size);
    if (result.ok) return result.matrix;
    const likelihood = result.axis === "likelihood";
    const axis = likelihood ? "sannolikhet" : "konsekvens";
    const value = likelihood
      ? register.likelihood(result.index)
      : register.consequence(result.index);
    const what =
      result.problem === "missing"
        ? `saknar ${axis}`
        : `har ${axis} ${String(value).replace(".", ",")}, som ${result.problem === "notInteger" ? "inte är ett heltal" : `ligger utanför skalan 1–${size}`}`;
    throw kollError(
      result.problem === "missing"
        ? codes().notAvailable
        : codes().invalidNumber,
      `Risken på rad ${result.index + 1} ${what}.`,
    );
  });
}

/**
 * Måluppfyllelse: "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt" eller "Ej bedömd" för ett utfall mot ett mål som ≤38, >73,5, ≥975 per år, 95 %, Öka, Minska, Behåll, > Länssnitt eller Indikator.
 * @customfunction MALUPPFYLLELSE MÅLUPPFYLLELSE
 * @param {any[][]} utfall Utfallet; en tom cell ger "Ej bedömd".
 * @param {any[][]} mål Målet som det står i etappmål eller målvärde.
 * @param {any[][]} [föregående] Förra periodens utfall: krävs för Öka, Minska och Behåll; annars utgångsvärdet som ger "Delvis uppfyllt" när utfallet närmat sig målet.
 * @param {any[][]} [riktning] "högre" eller "lägre": vilket som är bättre; krävs när målet är ett tal utan jämförelsetecken.
 * @param {any[][]} [jämförelse] Värdet att jämföra med när målet är t.ex. "> Länssnitt".
 * @returns {any[][]} Bedömningen.
 */
export function maluppfyllelse(
  utfall: any[][],
  mål: any[][],
  föregående?: any[][],
  riktning?: any[][],
  jämförelse?: any[][],
): any[][] {
  return guarded(() => {
    // A column of indicators repeats a few targets; each distinct one is read once.
    const targets = new Map<unknown, ReturnType<typeof targetArg>>();
    const readTarget = (cell: unknown) => {
      let target = targets.get(cell);
      if (target === undefined) {
        target = targetArg(cell);
        targets.set(cell, target);
      }
      return target;
    };
    return elementwise(
      [utfall, mål, föregående, riktning, jämförelse],
      ["Utfall", "Mål", "Föregående", "Riktning", "Jämförelse"],
      ([
        outcomeCell,
        targetCell,
        previousCell,
        directionCell,
        comparisonCell,
      ]) => {
        const target = readTarget(targetCell);
        if (isKollError(target)) return target;
        const outcome = measuredArg(outcomeCell, "Utfall");
        if (isKollError(outcome)) return outcome;
        const previous = measuredArg(previousCell, "Föregående");
        if (isKollError(previous)) return previous;
        const direction = directionArg(directionCell);
        if (isKollError(direction)) return direction;
        const comparison = measuredArg(comparisonCell, "Jämförelse");
        if (isKollError(comparison)) return comparison;
        return assessTarget(target, outcome, {
          previous,
          direction,
          comparison,
        });
      },
    );
  });
}

/**
 * Tal: en svensk taltext som tal ("45 725", "−1 741", "8,5 %" → 0,085). Text som inte är ett tal ger #VALUE! med skälet.
 * @customfunction TAL TAL
 * @param {any[][]} text Texten, eller ett område med texter.
 * @returns {any[][]} Talet.
 */
export function tal(text: any[][]): any[][] {
  return guarded(() =>
    elementwise([text], ["Text"], ([cell]) => {
      if (typeof cell === "number") return numberArg(cell, "Text");
      if (cell === null || cell === undefined || cell === "") {
        return kollError(codes().notAvailable, "Cellen är tom.");
      }
      const number = optionalNumberArg(cell, "Text");
      if (number === null) {
        return kollError(
          codes().notAvailable,
          `"${String(cell).trim()}" betyder att värde saknas.`,
        );
      }
      return number;
    }),
  );
}

/**
 * Periodbudget: årsbudgetens andel för årets första månader, linjärt (månader/12) eller efter en profil med tolv månadsvikter.
 * @customfunction PERIODBUDGET PERIODBUDGET
 * @param {any[][]} årsbudget Årsbudgeten: ett tal, en text eller ett område.
 * @param {any[][]} månader Antal månader från årets början, 0–12 (t.ex. 4 för jan–apr).
 * @param {any[][]} [profil] Tolv celler med månadernas vikter (jan–dec), t.ex. dagar eller förra årets utfall per månad.
 * @returns {any[][]} Periodens budget.
 */
export function periodbudget(
  årsbudget: any[][],
  månader: any[][],
  profil?: any[][],
): any[][] {
  return guarded(() => {
    const weights = profileArg(profil);
    return elementwise2(
      årsbudget,
      månader,
      ["Årsbudget", "Månader"],
      (y, m) => {
        const yearBudget = numberArg(y, "Årsbudget");
        if (isKollError(yearBudget)) return yearBudget;
        const months = numberArg(m, "Månader");
        if (isKollError(months)) return months;
        if (!isMonthCount(months)) {
          return kollError(
            codes().invalidNumber,
            `Månader ska vara ett heltal från 0 till 12, inte ${String(months).replace(".", ",")}.`,
          );
        }
        return finiteResult(periodBudget(yearBudget, months, weights));
      },
    );
  });
}

/** The twelve monthly weights, or undefined for a linear year. */
function profileArg(profil: unknown): number[] | undefined {
  const cells = cellsOf(asGrid(profil, "Profil"));
  if (cells.length === 1 && optionalNumberArg(cells[0], "Profil") === null)
    return undefined;
  const weights = cells.map((cell, i) => {
    const weight = numberArg(cell, "Profil");
    if (isKollError(weight))
      throw kollError(weight.code, `Månad ${i + 1}: ${weight.message ?? ""}`);
    return weight;
  });
  const problem = profileProblem(weights);
  if (problem === "length") {
    throw kollError(
      codes().invalidValue,
      `Profilen ska ha 12 celler, en per månad, men har ${weights.length}.`,
    );
  }
  if (problem === "zeroSum")
    throw kollError(
      codes().divisionByZero,
      "Profilens vikter summerar till 0.",
    );
  if (problem)
    throw kollError(codes().invalidNumber, "Profilen har en negativ vikt.");
  return weights;
}

/**
 * Summakontroll: summan av delarna − den angivna summan; 0 när de stämmer. Med en summarad lika bred som delarna kontrolleras varje kolumn.
 * @customfunction SUMMAKONTROLL SUMMAKONTROLL
 * @param {any[][]} delar Delarna (raderna som ska summeras).
 * @param {any[][]} summa Den angivna summan: en cell, eller en rad lika bred som delarna (per kolumn), eller en kolumn lika hög som delarna (per rad).
 * @param {any} [tolerans] Största skillnad som räknas som avrundning och ger 0 (standard 0).
 * @returns {any[][]} Skillnaden: positiv när delarna är större än summan.
 */
export function summakontroll(
  delar: any[][],
  summa: any[][],
  tolerans?: any,
): any[][] {
  return guarded(() => {
    const tolerance = numberArg(scalarArg(tolerans, "Tolerans"), "Tolerans");
    if (isKollError(tolerance)) throw tolerance;
    if (tolerance < 0)
      throw kollError(
        codes().invalidNumber,
        "Toleransen kan inte vara negativ.",
      );
    return sumCheckGrid(
      asGrid(delar, "Delar"),
      asGrid(summa, "Summa"),
      tolerance,
    );
  });
}
