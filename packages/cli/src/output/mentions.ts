import { type Attribution, type ExtractedBlock, type Mention, mapToSource } from "@factmark/core/lazy";
import type { ParsedFile } from "../document.js";

/** A number, or a range for vague and ranged counts ("hundreds of thousands"). */
export type MentionValue = number | { min: number; max: number };

/**
 * A mention as the CLI reports it: `kind`, offsets into the file (`from`/`to`, 0-based UTF-16,
 * half-open), 1-based `line`/`column` (absent for ProseMirror input), `text` (the file's text at
 * `[from, to)`), then by kind:
 * - `count`: `value` (the figure, or `{ min, max }` for a range), `qualifier`, and `measure`,
 *   `group`, `place`, `attribution` when known;
 * - `duration`, `elapsed`: `value` (the amount), `qualifier`, `unit` ("day", "week", "month", "year"), `subject`;
 * - `stage-count`: `value` (the number of phases), `unit` "phase";
 * - `phase`: `value` (the phase's index);
 * - `date`: `date` (YYYY-MM-DD), `precision`, and `role`/`subject` for a start date;
 * - `position`: a stated stance: `actor` and `stance` (demands, rejects, accepts, …), the stance
 *   `verb` and `topic` as written, `attribution` when its sentence gives a source, and
 *   `quoted`/`negated` when true.
 */
export interface MentionReport {
  kind: Mention["kind"] | "position";
  from: number;
  to: number;
  line?: number;
  column?: number;
  text: string;
  value?: MentionValue;
  qualifier?: string;
  unit?: string;
  date?: string;
  [key: string]: unknown;
}

/** The mentions of a parsed file's blocks, with offsets mapped to the file. */
export function reportMentions(parsed: ParsedFile, blocks: readonly ExtractedBlock[]): MentionReport[] {
  const out: MentionReport[] = [];
  blocks.forEach((block, index) => {
    const source = parsed.doc.blocks[index]!;
    for (const m of block.mentions) {
      const from = mapToSource(source, m.from, "start");
      const to = mapToSource(source, m.to, "end");
      const at = parsed.locate?.(from);
      const base: MentionReport = {
        kind: m.kind,
        from,
        to,
        ...(at ? { line: at.line, column: at.column } : {}),
        text: parsed.source !== undefined ? parsed.source.slice(from, to) : m.text,
      };
      out.push({ ...base, ...details(m, block.attributions) });
    }
    for (const p of block.positions) {
      const from = mapToSource(source, p.from, "start");
      const to = mapToSource(source, p.to, "end");
      const at = parsed.locate?.(from);
      // A stance is sourced by its own sentence (as the position rules read it), not its paragraph.
      const attribution = block.attributions.find((a) => a.sentence === p.sentence);
      out.push({
        kind: "position",
        from,
        to,
        ...(at ? { line: at.line, column: at.column } : {}),
        text: parsed.source !== undefined ? parsed.source.slice(from, to) : p.text,
        actor: p.actor,
        stance: p.stance,
        verb: p.verb,
        topic: p.topic,
        ...(attribution ? { attribution: attribution.text } : {}),
        ...(p.quoted ? { quoted: true } : {}),
        ...(p.negated ? { negated: true } : {}),
      });
    }
  });
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

function details(m: Mention, attributions: readonly Attribution[]): Partial<MentionReport> {
  switch (m.kind) {
    case "count": {
      const q = m.quantity;
      const value: MentionValue = q.value !== undefined ? q.value : { min: q.low ?? 0, max: q.high ?? q.low ?? 0 };
      // The attribution that covers a figure: in its sentence, else anywhere in its paragraph.
      const attribution = attributions.find((a) => a.sentence === m.sentence) ?? attributions[0];
      return {
        value,
        qualifier: q.qualifier,
        ...(m.measure ? { measure: m.measure } : {}),
        ...(m.group ? { group: m.group } : {}),
        ...(m.place ? { place: m.place } : {}),
        ...(attribution ? { attribution: attribution.text } : {}),
        ...(m.quoted ? { quoted: true } : {}),
      };
    }
    case "duration":
      return { value: m.amount, qualifier: m.qualifier, unit: m.unit, ...(m.subject ? { subject: m.subject } : {}), ...(m.phase !== undefined ? { phase: m.phase } : {}) };
    case "elapsed":
      return { value: m.amount, qualifier: m.qualifier, unit: m.unit, subject: m.subject };
    case "stage-count":
      return { value: m.count, unit: "phase" };
    case "phase":
      return { value: m.index };
    case "date":
      return { date: m.date, precision: m.precision, ...(m.role ? { role: m.role } : {}), ...(m.subject ? { subject: m.subject } : {}) };
  }
}

/** Formats a mention's value for people: "34,000", "100,000–999,999", "6 week". */
export function describeValue(m: MentionReport): string {
  if (m.date !== undefined) return m.date;
  if (m.value === undefined) return "";
  const number = (n: number) => n.toLocaleString("en-US");
  const amount = typeof m.value === "number" ? number(m.value) : `${number(m.value.min)}–${number(m.value.max)}`;
  const qualifier = m.qualifier && m.qualifier !== "exact" ? `${m.qualifier} ` : "";
  const unit = m.unit ? ` ${m.unit}${typeof m.value === "number" && m.value === 1 ? "" : "s"}` : "";
  const kindLabel = m.kind === "phase" ? "phase " : "";
  return `${qualifier}${kindLabel}${amount}${unit}`;
}
