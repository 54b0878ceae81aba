import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Fix, Registry, check, parseRegistry } from "@factmark/core";
import { defaultRegistry } from "@factmark/dataset-gaza";
import { TextDocument } from "vscode-languageserver-textdocument";
import { beforeAll, describe, expect, it } from "vitest";
import { citationEdit, codeActionsFor, sentenceEnd } from "../src/lsp/code-actions.js";
import { formatDiagnostics } from "../src/lsp/diagnostics.js";
import { fixtures } from "./run.js";

const fixtureRegistry = Registry.from(parseRegistry(readFileSync(join(fixtures, "registry.json"), "utf8"), { file: "registry.json" }));
const apply = (text: string, edit: { from: number; to: number; text: string }) => text.slice(0, edit.from) + edit.text + text.slice(edit.to);
const citeOf = (findings: ReturnType<typeof check>) => findings.flatMap((f) => f.fixes).find((fix): fix is Extract<Fix, { kind: "cite" }> => fix.kind === "cite")!;

describe("the edit that cites a figure's source", () => {
  let registry: Registry;
  beforeAll(() => {
    registry = defaultRegistry();
  });

  it("links the figure to its report in Markdown, which clears the unsourced warning", () => {
    const text = "---\ndate: 2024-05-04\n---\n\nOver 34,000 Palestinians have been killed in Gaza.\n";
    const findings = check(text, { registry, format: "markdown" });
    const edit = citationEdit(citeOf(findings), text, "markdown", registry);
    const cited = apply(text, edit);
    expect(cited).toMatch(/^\[Over 34,000\]\(https:\/\/\S+\) Palestinians have been killed in Gaza\.$/m);
    expect(check(cited, { registry, format: "markdown" }).filter((f) => f.ruleId === "unsourced-figure")).toEqual([]);
  });

  it("wraps the figure in a link in HTML, which clears the unsourced warning", () => {
    const text = '<html><head><meta name="date" content="2024-05-04"></head><body><p>Over 34,000 Palestinians have been killed in Gaza.</p></body></html>';
    const findings = check(text, { registry, format: "html" });
    const cited = apply(text, citationEdit(citeOf(findings), text, "html", registry));
    expect(cited).toMatch(/<p><a href="https:\/\/[^"]+">Over 34,000<\/a> Palestinians/);
    expect(check(cited, { registry, format: "html" }).filter((f) => f.ruleId === "unsourced-figure")).toEqual([]);
  });

  it("adds the attribution to the sentence when the source has no URL", () => {
    const text = "---\ndate: 2024-05-04\n---\n\nOver 34,000 Palestinians have been killed in Gaza. Talks resume on Monday.\n";
    const findings = check(text, { registry: fixtureRegistry, format: "markdown" });
    const cited = apply(text, citationEdit(citeOf(findings), text, "markdown", fixtureRegistry));
    expect(cited).toContain("Over 34,000 Palestinians have been killed in Gaza, according to the Gaza Ministry of Health. Talks resume on Monday.");
    expect(check(cited, { registry: fixtureRegistry, format: "markdown" })).toEqual([]);
  });
});

describe("the end of a figure's sentence", () => {
  const end = (text: string, format: "text" | "html" = "text") => text.slice(0, sentenceEnd(text, 0, format));

  it("is its closing full stop, question mark or exclamation mark", () => {
    expect(end("Over 34,000 were killed. Talks resumed.")).toBe("Over 34,000 were killed");
    expect(end("Were 34,000 killed? Nobody knows.")).toBe("Were 34,000 killed");
  });

  it("is not a decimal point, an initial or an abbreviation before a number", () => {
    expect(end("Some 1.7 million people were displaced since Oct. 7 by the war, J. Smith wrote. Next.")).toBe("Some 1.7 million people were displaced since Oct. 7 by the war, J. Smith wrote");
  });

  it("is the end of the paragraph when the sentence has no closing mark, or the next tag in HTML", () => {
    expect(end("Over 34,000 were killed  \n\nNext paragraph.")).toBe("Over 34,000 were killed");
    expect(end("Over 34,000 were killed </p><p>Next.</p>", "html")).toBe("Over 34,000 were killed");
    expect(end("Over 34,000 were killed")).toBe("Over 34,000 were killed");
  });
});

describe("the quick fixes at a place in a story", () => {
  it("offers each fix of the findings there once, the first of each finding preferred, with versioned edits when the client takes them", () => {
    const text = "---\ndate: 2024-06-20\n---\n\nOver 34,000 Palestinians have been killed in Gaza.\n";
    const findings = check(text, { registry: fixtureRegistry, format: "markdown" });
    const document = TextDocument.create("file:///story.md", "markdown", 7, text);
    const diagnostics = formatDiagnostics(findings, document, { relatedInformation: true });
    const at = { line: 4, character: 3 };
    const actions = codeActionsFor(findings, diagnostics, document, "markdown", fixtureRegistry, { start: at, end: at }, { documentChanges: true });
    expect(actions.map((a) => [a.title, a.isPreferred ?? false, a.diagnostics!.map((d) => d.code)])).toEqual([
      ["Update to “Over 37,000” (Gaza Ministry of Health, 20 June 2024)", true, ["outdated-figure"]],
      // Offered by both findings on the figure: one action.
      ["Cite Gaza Ministry of Health (20 June 2024)", false, ["outdated-figure", "unsourced-figure"]],
    ]);
    expect(actions[0]!.edit).toEqual({ documentChanges: [{ textDocument: { uri: "file:///story.md", version: 7 }, edits: [{ range: { start: { line: 4, character: 5 }, end: { line: 4, character: 11 } }, newText: "37,000" }] }] });
    const plain = codeActionsFor(findings, diagnostics, document, "markdown", fixtureRegistry, { start: at, end: at }, { documentChanges: false });
    expect(plain[0]!.edit).toEqual({ changes: { "file:///story.md": [{ range: { start: { line: 4, character: 5 }, end: { line: 4, character: 11 } }, newText: "37,000" }] } });
    expect(codeActionsFor(findings, diagnostics, document, "markdown", fixtureRegistry, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, { documentChanges: true })).toEqual([]);
  });

  it("adds the evidence to the message for a client that shows no related information", () => {
    const text = "---\ndate: 2024-06-20\n---\n\nOver 34,000 Palestinians have been killed in Gaza.\n";
    const findings = check(text, { registry: fixtureRegistry, format: "markdown" });
    const document = TextDocument.create("file:///story.md", "markdown", 1, text);
    const [outdated] = formatDiagnostics(findings, document, { relatedInformation: false });
    expect(outdated!.relatedInformation).toBeUndefined();
    expect(outdated!.message).toMatch(/\nEvidence: the Gaza Ministry of Health reported 37,431 killed on 20 June 2024/);
  });
});
