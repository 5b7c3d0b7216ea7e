/**
 * Findings of a sheet grouped by rule: the groups with errors first, then warnings, then info;
 * within a severity in the order the engine reported them (by row, then column).
 */
import { Finding, SEVERITY_ORDER, Severity } from "../../core/findings";

export interface RuleGroup {
  rule: string;
  /** The most serious severity in the group. */
  severity: Severity;
  findings: Finding[];
}

export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.rule);
    if (!group) {
      groups.set(finding.rule, {
        rule: finding.rule,
        severity: finding.severity,
        findings: [finding],
      });
      continue;
    }
    group.findings.push(finding);
    if (SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[group.severity])
      group.severity = finding.severity;
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
