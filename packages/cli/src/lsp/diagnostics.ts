import type { Finding, Severity } from "@factmark/core/lazy";
import type { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = "factmark";

// LSP's DiagnosticSeverity values, written out so this module loads no protocol code.
const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3 };

/** What the client can show, from its capabilities. */
export interface DiagnosticOptions {
  /** The client shows `relatedInformation`; when it does not, the evidence is added to the message. */
  relatedInformation: boolean;
}

/**
 * Turns a story's findings into LSP diagnostics: the finding's span as the range (finding offsets
 * are UTF-16 code units, as LSP positions are by default), its rule id as the `code`, its severity
 * (`error`, `warning`, `info` → Error, Warning, Information), its message, and as related
 * information the other span it compares (an inconsistent pair) and the registered claims it rests
 * on ("the Gaza Ministry of Health reported 34,654 killed on 4 May 2024", with the report's URL),
 * placed at the finding itself. The diagnostics are in the order of `findings`, one each.
 */
export function formatDiagnostics(findings: readonly Finding[], document: TextDocument, options: DiagnosticOptions): Diagnostic[] {
  return findings.map((finding) => {
    const range = rangeOf(document, finding.from, finding.to);
    const diagnostic: Diagnostic = {
      range,
      severity: SEVERITY[finding.severity],
      code: finding.ruleId,
      source: DIAGNOSTIC_SOURCE,
      message: finding.message,
    };
    const related: DiagnosticRelatedInformation[] = [];
    for (const span of finding.related ?? []) {
      related.push({ location: { uri: document.uri, range: rangeOf(document, span.from, span.to) }, message: `compared with “${span.text}”` });
    }
    for (const evidence of finding.evidence) {
      related.push({ location: { uri: document.uri, range }, message: evidence.url ? `${evidence.label} (${evidence.url})` : evidence.label });
    }
    if (related.length === 0) return diagnostic;
    if (options.relatedInformation) diagnostic.relatedInformation = related;
    else if (finding.evidence.length > 0) diagnostic.message += `\n${finding.evidence.map((e) => `Evidence: ${e.label}${e.url ? ` (${e.url})` : ""}`).join("\n")}`;
    return diagnostic;
  });
}

/**
 * One diagnostic for a problem with the document or its settings rather than in its text (front
 * matter that is not YAML, a config that cannot be read, a document too long to check), at
 * `line` (0-based) or the document's first line, with `code` naming the problem.
 */
export function formatProblemDiagnostic(message: string, code: string, severity: Severity, line = 0): Diagnostic {
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, severity: SEVERITY[severity], code, source: DIAGNOSTIC_SOURCE, message };
}

/** The LSP range of UTF-16 offsets `[from, to)` of `document`. */
export function rangeOf(document: TextDocument, from: number, to: number): Range {
  return { start: document.positionAt(from), end: document.positionAt(to) };
}
