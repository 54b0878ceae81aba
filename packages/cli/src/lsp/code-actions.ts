import { type Finding, type Fix, type InputFormat, type Registry, messages } from "@factmark/core/lazy";
import type { CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { rangeOf } from "./diagnostics.js";

/** How the client takes edits, from its capabilities. */
export interface CodeActionOptions {
  /** The client applies versioned `documentChanges`, which it refuses when the document changed since. */
  documentChanges: boolean;
}

/**
 * The quick fixes for the findings at `range` (a finding counts when its span meets the range,
 * touching included): one code action per fix, titled with the fix's label, carrying the
 * finding's diagnostic and the edit that applies the fix. A replace fix ("Update to “37,000”")
 * replaces the figure; a cite fix ("Cite Gaza Ministry of Health (4 May 2024)") inserts the
 * citation ({@link citationEdit}). A finding's first fix is its preferred one. The same edit
 * offered by two findings on one figure is one action listing both diagnostics.
 */
export function codeActionsFor(
  findings: readonly Finding[],
  diagnostics: readonly Diagnostic[],
  document: TextDocument,
  format: InputFormat,
  registry: Registry,
  range: Range,
  options: CodeActionOptions,
): CodeAction[] {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const actions: CodeAction[] = [];
  const byKey = new Map<string, CodeAction>();
  const text = document.getText();
  findings.forEach((finding, index) => {
    if (finding.from > end || finding.to < start) return;
    const diagnostic = diagnostics[index];
    finding.fixes.forEach((fix, k) => {
      const edit = fixEdit(fix, text, format, registry);
      const key = `${fix.label}\u0000${edit.from}\u0000${edit.to}\u0000${edit.text}`;
      const same = byKey.get(key);
      if (same) {
        if (diagnostic) same.diagnostics!.push(diagnostic);
        return;
      }
      const textEdit: TextEdit = { range: rangeOf(document, edit.from, edit.to), newText: edit.text };
      const workspaceEdit: WorkspaceEdit = options.documentChanges
        ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [textEdit] }] }
        : { changes: { [document.uri]: [textEdit] } };
      const action: CodeAction = { title: fix.label, kind: "quickfix", diagnostics: diagnostic ? [diagnostic] : [], edit: workspaceEdit, ...(k === 0 ? { isPreferred: true } : {}) };
      byKey.set(key, action);
      actions.push(action);
    });
  });
  return actions;
}

/** A text edit in offsets: replace `[from, to)` of the text with `text`. */
export interface OffsetEdit {
  from: number;
  to: number;
  text: string;
}

/**
 * The edit that applies a fix to the story's text. A replace fix replaces its span; a cite fix is
 * {@link citationEdit}.
 */
export function fixEdit(fix: Fix, text: string, format: InputFormat, registry: Registry): OffsetEdit {
  if (fix.kind === "replace") return { from: fix.from, to: fix.to, text: fix.text };
  return citationEdit(fix, text, format, registry);
}

/**
 * The edit that cites a figure's source in the story. In Markdown and HTML, when the citation or
 * its source has a URL, the figure becomes a link to it (`[over 34,000](https://…)`,
 * `<a href="https://…">over 34,000</a>`), which factmark reads as a citation. Otherwise, and in
 * plain text, the figure's sentence gains the attribution before its closing punctuation: "…
 * have been killed, according to the Gaza Ministry of Health."
 */
export function citationEdit(fix: Extract<Fix, { kind: "cite" }>, text: string, format: InputFormat, registry: Registry): OffsetEdit {
  const source = registry.source(fix.citation.source);
  const url = fix.citation.url ?? source?.url;
  const figure = text.slice(fix.from, fix.to);
  if (url && format === "markdown") {
    const destination = /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
    return { from: fix.from, to: fix.to, text: `[${figure.replace(/[[\]\\]/g, "\\$&")}](${destination})` };
  }
  if (url && format === "html") return { from: fix.from, to: fix.to, text: `<a href="${escapeAttribute(url)}">${figure}</a>` };
  const at = sentenceEnd(text, fix.to, format);
  return { from: at, to: at, text: messages.citeInText(source?.name ?? fix.citation.source) };
}

// Words whose full stop does not end a sentence ("Oct. 7", "Gen. Halevi").
const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "approx", "est"]);

/**
 * Where the sentence holding offset `from` ends: at its closing `.`, `!` or `?` (not a decimal
 * point, an initial or an abbreviation), else at the end of its paragraph (a blank line, or in
 * HTML the next tag), before any trailing spaces.
 */
export function sentenceEnd(text: string, from: number, format: InputFormat): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n" && /^\n[ \t]*(\r?\n|$)/.test(text.slice(i, i + 80))) return trimEnd(text, i);
    if (ch === "\r" && text[i + 1] === "\n" && /^\r\n[ \t]*(\r?\n|$)/.test(text.slice(i, i + 80))) return trimEnd(text, i);
    if (ch === "<" && format === "html") return trimEnd(text, i);
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    const next = text[i + 1];
    if (next !== undefined && !/\s/.test(next)) continue;
    if (ch === ".") {
      const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? "";
      if (word.length === 1 && /[A-Z]/.test(word)) continue;
      if (ABBREVIATIONS.has(word.toLowerCase()) && /^\s+[\da-z]/.test(text.slice(i + 1, i + 4))) continue;
    }
    return i;
  }
  return trimEnd(text, text.length);
}

function trimEnd(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
