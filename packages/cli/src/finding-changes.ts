import type { Finding } from "@factmark/core/lazy";

/** How a story's findings changed from one check to the next. */
export interface FindingChanges {
  /** Findings of the new check that the old one did not have, in position order. */
  added: Finding[];
  /** Findings of the old check that the new one no longer has, in position order. */
  removed: Finding[];
  /** How many findings both checks have. */
  kept: number;
}

/**
 * Compares two checks of one story. A finding is the same finding when its rule, message and
 * text are the same, wherever it now is: typing a paragraph above a figure moves the figure's
 * finding, it does not make a new one. Repeated findings (one figure written twice) are matched
 * one for one, in order.
 *
 * @example
 * diffFindings(before, after) // { added: [the new unsourced figure], removed: [the fixed mismatch], kept: 3 }
 */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]): FindingChanges {
  const unmatched = new Map<string, Finding[]>();
  for (const f of before) {
    const key = keyOf(f);
    const list = unmatched.get(key);
    if (list) list.push(f);
    else unmatched.set(key, [f]);
  }
  const added: Finding[] = [];
  let kept = 0;
  for (const f of after) {
    const list = unmatched.get(keyOf(f));
    if (list && list.length > 0) {
      list.shift();
      kept += 1;
    } else added.push(f);
  }
  const removed = before.filter((f) => unmatched.get(keyOf(f))!.includes(f));
  return { added, removed, kept };
}

function keyOf(f: Finding): string {
  return `${f.ruleId}\u0000${f.severity}\u0000${f.text}\u0000${f.message}`;
}
