import type { RuleId, Severity } from "@factmark/core";
import type { EditorFinding } from "@factmark/prosemirror";

/** Which findings the sidebar shows: severities and rules switched off are hidden. */
export interface FindingFilter {
  /** Severities hidden; empty shows every severity. */
  hiddenSeverities: ReadonlySet<Severity>;
  /** Rules hidden; empty shows every rule. */
  hiddenRules: ReadonlySet<RuleId>;
}

/** The filter that hides nothing. */
export const SHOW_ALL: FindingFilter = { hiddenSeverities: new Set(), hiddenRules: new Set() };

/** The findings of one rule, in document order, as the sidebar lists them. */
export interface FindingGroup {
  ruleId: RuleId;
  /** The most severe severity among the group's findings. */
  severity: Severity;
  /** Every finding of the rule, filtered or not: what the group's count says. */
  total: number;
  /** The findings the filter lets through, in document order. */
  findings: readonly EditorFinding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Groups findings by rule for the sidebar: groups ordered by their most severe finding (errors
 * first), then by the position of their first finding; findings in document order inside a group.
 * A group whose rule is hidden, or whose findings are all of hidden severities, is left out.
 */
export function groupFindings(findings: readonly EditorFinding[], filter: FindingFilter = SHOW_ALL): FindingGroup[] {
  const byRule = new Map<RuleId, EditorFinding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  const groups: FindingGroup[] = [];
  for (const [ruleId, all] of byRule) {
    if (filter.hiddenRules.has(ruleId)) continue;
    const sorted = all.slice().sort((a, b) => a.from - b.from || a.to - b.to);
    const shown = sorted.filter((finding) => !filter.hiddenSeverities.has(finding.severity));
    if (shown.length === 0) continue;
    const severity = sorted.reduce<Severity>((worst, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst] ? f.severity : worst), "info");
    groups.push({ ruleId, severity, total: sorted.length, findings: shown });
  }
  return groups.sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.findings[0]!.from - b.findings[0]!.from,
  );
}

/** How many findings there are of each severity. */
export function countBySeverity(findings: readonly EditorFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/**
 * The finding to show for a cursor or selection `[from, to]`: among the findings that overlap
 * it (or touch it, for a collapsed cursor), the most severe, then the innermost (shortest).
 */
export function findingAt(findings: readonly EditorFinding[], from: number, to: number): EditorFinding | undefined {
  let best: EditorFinding | undefined;
  for (const finding of findings) {
    const hit = from === to ? finding.from <= from && from <= finding.to : finding.from < to && from < finding.to;
    if (!hit) continue;
    if (
      !best ||
      SEVERITY_RANK[finding.severity] < SEVERITY_RANK[best.severity] ||
      (finding.severity === best.severity && finding.to - finding.from < best.to - best.from)
    ) {
      best = finding;
    }
  }
  return best;
}
