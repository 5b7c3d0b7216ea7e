/** The checks of indicator tables, in the order their findings are listed for the same cell. */
import { Rule } from "../types";
import { breakdownInconsistent } from "./breakdownInconsistent";
import { equalityUnreported } from "./equalityUnreported";
import { shareSum } from "./shareSum";
import { sourceMissing } from "./sourceMissing";
import { statusVocabulary } from "./statusVocabulary";
import { targetDirectionRule } from "./targetDirection";
import { targetSyntax } from "./targetSyntax";
import { trendInconsistent } from "./trendInconsistent";
import { valueFormat } from "./valueFormat";
import { varavExceeds } from "./varavExceeds";

export const INDICATOR_RULES: readonly Rule[] = [
  targetSyntax,
  targetDirectionRule,
  trendInconsistent,
  breakdownInconsistent,
  shareSum,
  varavExceeds,
  equalityUnreported,
  statusVocabulary,
  sourceMissing,
  valueFormat,
];
