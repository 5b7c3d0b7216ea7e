/**
 * Every rule the engine runs, in the order their findings are listed for the same cell.
 * A new check is a new file and one line here.
 */
import { budgetZeroWithOutcome } from "./budgetZeroWithOutcome";
import { changeMismatch } from "./changeMismatch";
import { crossMismatch } from "./crossMismatch";
import { deviationMismatch } from "./deviationMismatch";
import { formulaHardcoded } from "./formulaHardcoded";
import { INDICATOR_RULES } from "./indicators";
import { numberText } from "./numberText";
import { percentMismatch } from "./percentMismatch";
import { percentMissing } from "./percentMissing";
import { percentZeroBase } from "./percentZeroBase";
import { riskIncomplete } from "./riskIncomplete";
import { riskLevelMismatch } from "./riskLevelMismatch";
import { riskOffScale } from "./riskOffScale";
import { riskValueMismatch } from "./riskValueMismatch";
import { signUnexpected } from "./signUnexpected";
import { sumMismatch } from "./sumMismatch";
import { sumRounding } from "./sumRounding";
import { Rule } from "./types";
import { valueMissing } from "./valueMissing";

export const RULES: readonly Rule[] = [
  sumMismatch,
  sumRounding,
  deviationMismatch,
  changeMismatch,
  percentMismatch,
  percentMissing,
  percentZeroBase,
  signUnexpected,
  budgetZeroWithOutcome,
  numberText,
  valueMissing,
  formulaHardcoded,
  crossMismatch,
  riskOffScale,
  riskValueMismatch,
  riskLevelMismatch,
  riskIncomplete,
  ...INDICATOR_RULES,
];

export type { Rule, RuleContext, FindingDetails } from "./types";
export { FINANCIAL_KINDS } from "./types";
