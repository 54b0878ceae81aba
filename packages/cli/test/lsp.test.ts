import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LspClient, type Message, applyEdit, positionOf } from "./lsp-client.js";
import { factmark, fixtures } from "./run.js";

const registry = join(fixtures, "registry.json");

const UNSOURCED = `---
date: 2024-05-04
---

# Talks resume in Cairo

Over 34,000 Palestinians have been killed in Gaza.
`;

const OUTDATED = `---
date: 2024-06-20
---

Over 34,000 Palestinians have been killed in Gaza, according to the Gaza Health Ministry.
`;

/** The first code action whose title starts with `prefix`, and the text its edit gives. */
function applyAction(actions: Message, prefix: string, text: string): { title: string; text: string; action: any } {
  const action = (actions.result as any[]).find((a) => a.title.startsWith(prefix));
  if (!action) throw new Error(`no code action starting "${prefix}" among ${JSON.stringify((actions.result as any[]).map((a) => a.title))}`);
  const edits = action.edit.documentChanges[0].edits as { range: any; newText: string }[];
  return { title: action.title, action, text: edits.reduceRight((out, edit) => applyEdit(out, edit), text) };
}

describe("factmark lsp --stdio", () => {
  let client: LspClient;
  const open = (uri: string, text: string, languageId = "markdown") => {
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
    return client.diagnostics(uri, 1);
  };
  const replaceAll = (uri: string, text: string, version: number) => {
    client.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
    return client.diagnostics(uri, version);
  };

  beforeAll(async () => {
    // Plain text has no front matter: its date comes from the setting.
    client = new LspClient(["--registry", registry], { settings: { date: "2024-05-04" } });
    const init = await client.initialize();
    expect(init.result.capabilities).toMatchObject({ textDocumentSync: { openClose: true, change: 2 }, codeActionProvider: { codeActionKinds: ["quickfix"] } });
    expect(init.result.serverInfo.name).toBe("factmark");
  });
  afterAll(() => client.kill());

  it("publishes a warning on the line of an unsourced toll when a story is opened, with the rule id as its code", async () => {
    const uri = "file:///newsroom/unsourced.md";
    const published = await open(uri, UNSOURCED);
    expect(published.params.version).toBe(1);
    expect(published.params.diagnostics).toEqual([
      {
        range: { start: { line: 6, character: 0 }, end: { line: 6, character: 11 } },
        severity: 2,
        code: "unsourced-figure",
        source: "factmark",
        message: expect.stringContaining("“Over 34,000” has no source"),
      },
    ]);
  });

  it("clears the diagnostic when an edit gives the toll a source, sent as an incremental change", async () => {
    const uri = "file:///newsroom/sourced-by-edit.md";
    await open(uri, UNSOURCED);
    const at = positionOf(UNSOURCED, UNSOURCED.indexOf(" in Gaza.") + " in Gaza".length);
    client.notify("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: at, end: at }, text: ", according to the Gaza Health Ministry" }],
    });
    const published = await client.diagnostics(uri, 2);
    expect(published.params.diagnostics).toEqual([]);
    // And back: undoing the edit brings the warning back.
    const end = { line: at.line, character: at.character + ", according to the Gaza Health Ministry".length };
    client.notify("textDocument/didChange", { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: at, end }, text: "" }] });
    expect((await client.diagnostics(uri, 3)).params.diagnostics.map((d: any) => d.code)).toEqual(["unsourced-figure"]);
  });

  it("offers the current figure for an outdated toll as a preferred quick fix, and applying it leaves no outdated figure", async () => {
    const uri = "file:///newsroom/outdated.md";
    const published = await open(uri, OUTDATED);
    const outdated = published.params.diagnostics.find((d: any) => d.code === "outdated-figure");
    expect(outdated).toMatchObject({ severity: 2, range: { start: { line: 4, character: 0 } } });
    const actions = await client.request("textDocument/codeAction", { textDocument: { uri }, range: outdated.range, context: { diagnostics: [outdated], only: ["quickfix"] } });
    const { title, text, action } = applyAction(actions, "Update to", OUTDATED);
    expect(title).toBe("Update to “Over 37,000” (Gaza Ministry of Health, 20 June 2024)");
    expect(action).toMatchObject({ kind: "quickfix", isPreferred: true, diagnostics: [{ code: "outdated-figure" }] });
    expect(action.edit.documentChanges[0].textDocument).toEqual({ uri, version: 1 });
    expect(text).toContain("Over 37,000 Palestinians have been killed in Gaza");
    const after = await replaceAll(uri, text, 2);
    expect(after.params.diagnostics).toEqual([]);
  });

  it("clears a document's diagnostics when it is closed", async () => {
    const uri = "file:///newsroom/closed.md";
    expect((await open(uri, UNSOURCED)).params.diagnostics).toHaveLength(1);
    client.notify("textDocument/didClose", { textDocument: { uri } });
    const cleared = await client.waitFor((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri && m.params.diagnostics.length === 0);
    expect(cleared.params.diagnostics).toEqual([]);
    const late = await client.request("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, context: { diagnostics: [] } });
    expect(late.error).toMatchObject({ code: -32602, message: expect.stringContaining("is not open") });
  });

  it("maps severities and shows the registered reports a finding rests on as related information", async () => {
    const uri = "file:///newsroom/mismatch.md";
    const text = "---\ndate: 2024-05-04\n---\n\nThe war has killed over 40,000 Palestinians in Gaza, the health ministry said.\n";
    const { params } = await open(uri, text);
    const mismatch = params.diagnostics.find((d: any) => d.code === "figure-mismatch");
    expect(mismatch.severity).toBe(1);
    expect(mismatch.range).toEqual({ start: { line: 4, character: 19 }, end: { line: 4, character: 30 } });
    expect(mismatch.relatedInformation).toContainEqual({ location: { uri, range: mismatch.range }, message: "the Gaza Ministry of Health reported 34,654 killed on 4 May 2024" });
  });

  it("cites the source in a plain-text story by adding the attribution to the sentence, and the warning goes away", async () => {
    const uri = "file:///newsroom/draft.txt";
    const text = "Over 34,000 Palestinians have been killed since Oct. 7. Talks resume on Monday.\n";
    const { params } = await open(uri, text, "plaintext");
    const [unsourced] = params.diagnostics;
    expect(unsourced.code).toBe("unsourced-figure");
    const actions = await client.request("textDocument/codeAction", { textDocument: { uri }, range: { start: unsourced.range.start, end: unsourced.range.start }, context: { diagnostics: [unsourced] } });
    const cited = applyAction(actions, "Cite", text);
    expect(cited.text).toBe("Over 34,000 Palestinians have been killed since Oct. 7, according to the Gaza Ministry of Health. Talks resume on Monday.\n");
    expect((await replaceAll(uri, cited.text, 2)).params.diagnostics).toEqual([]);
  });

  it("reports front matter that is not YAML as one error on its line, and checks the story once it is fixed", async () => {
    const uri = "file:///newsroom/broken.md";
    const broken = "---\ndate: [2024-05-04\n---\n\nOver 34,000 Palestinians have been killed.\n";
    const { params } = await open(uri, broken);
    expect(params.diagnostics).toEqual([expect.objectContaining({ severity: 1, code: "parse-error", source: "factmark", message: expect.stringMatching(/not valid YAML/) })]);
    expect(params.diagnostics[0].range.start.line).toBeGreaterThan(0);
    const fixed = await replaceAll(uri, broken.replace("[2024", "2024"), 2);
    expect(fixed.params.diagnostics.map((d: any) => d.code)).toEqual(["unsourced-figure"]);
  });

  it("answers a message that is not JSON with a parse error, and keeps serving", async () => {
    client.writeRaw("Content-Length: 9\r\n\r\n{not json");
    const error = await client.waitFor((m) => m.error?.code === -32700);
    expect(error).toMatchObject({ id: null, error: { message: expect.stringContaining("not JSON-RPC") } });
    const uri = "file:///newsroom/after-garbage.md";
    expect((await open(uri, UNSOURCED)).params.diagnostics).toHaveLength(1);
  });

  it("answers a header without Content-Length with a parse error, and reads the next message", async () => {
    client.writeRaw("Content-Type: application/json\r\n\r\n");
    const error = await client.waitFor((m) => m.error?.code === -32700 && /Content-Length/.test(m.error.message));
    expect(error.id).toBeNull();
    const response = await client.request("textDocument/codeAction", { textDocument: { uri: "file:///newsroom/unsourced.md" }, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, context: { diagnostics: [] } });
    expect(response.result.map((a: any) => a.title)).toEqual(["Cite Gaza Ministry of Health (4 May 2024)"]);
  });

  it("answers a request about a document that was never opened with an InvalidParams error that says so", async () => {
    const response = await client.request("textDocument/codeAction", { textDocument: { uri: "file:///newsroom/never.md" }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    expect(response.error).toEqual({ code: -32602, message: "factmark: file:///newsroom/never.md is not open; send textDocument/didOpen before asking for its code actions" });
  });

  it("logs a notification whose parameters are not the protocol's, naming the field, and answers such a request with InvalidParams", async () => {
    client.notify("textDocument/didOpen", { textDocument: { uri: "file:///newsroom/no-text.md", languageId: "markdown", version: 1 } });
    const logged = await client.waitFor((m) => m.method === "window/logMessage" && m.params.message.includes("textDocument/didOpen"));
    expect(logged.params.message).toMatch(/^factmark: ignored textDocument\/didOpen parameters do not have the protocol's shape: .*textDocument\.text/);
    const response = await client.request("textDocument/codeAction", { textDocument: { uri: "file:///newsroom/unsourced.md" }, context: { diagnostics: [] } });
    expect(response.error).toMatchObject({ code: -32602, message: expect.stringMatching(/textDocument\/codeAction parameters .*range/) });
  });

  it("logs changes to a document that was never opened instead of failing", async () => {
    client.notify("textDocument/didChange", { textDocument: { uri: "file:///newsroom/ghost.md", version: 2 }, contentChanges: [{ text: "Over 34,000 killed." }] });
    const logged = await client.waitFor((m) => m.method === "window/logMessage" && m.params.message.includes("ghost.md"));
    expect(logged.params).toMatchObject({ type: 1, message: expect.stringContaining("which is not open") });
  });

  it("leaves documents in other languages alone", async () => {
    const code = "file:///newsroom/script.py";
    client.notify("textDocument/didOpen", { textDocument: { uri: code, languageId: "python", version: 1, text: "# Over 34,000 Palestinians have been killed.\n" } });
    const actions = await client.request("textDocument/codeAction", { textDocument: { uri: code }, range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, context: { diagnostics: [] } });
    expect(actions.result).toEqual([]);
    // Messages are handled in order: a story opened after it is checked, the script never was.
    await open("file:///newsroom/after-script.md", UNSOURCED);
    expect(client.notifications.some((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === code)).toBe(false);
  });

  it("does not check a document longer than a million characters, says so in one diagnostic, and keeps serving", async () => {
    const uri = "file:///newsroom/huge.txt";
    const huge = "Over 34,000 Palestinians have been killed in Gaza.\n\n".repeat(25_000);
    const { params } = await open(uri, huge, "plaintext");
    expect(params.diagnostics).toEqual([expect.objectContaining({ severity: 2, code: "document-too-long", message: expect.stringContaining("1,300,000 characters, over the limit of 1,000,000") })]);
    expect((await open("file:///newsroom/after-huge.md", UNSOURCED)).params.diagnostics).toHaveLength(1);
  });

  it("exits 0 after shutdown and exit", async () => {
    const own = new LspClient(["--registry", registry]);
    await own.initialize();
    expect(await own.stop()).toBe(0);
  });
});

describe("the language server's settings and config file", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "factmark-lsp-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("dates an undated story by the date setting, while front matter wins over it", async () => {
    const client = new LspClient(["--registry", registry], { settings: { date: "2024-06-20" } });
    try {
      await client.initialize();
      const body = "Over 34,000 Palestinians have been killed in Gaza, according to the Gaza Health Ministry.\n";
      client.notify("textDocument/didOpen", { textDocument: { uri: "file:///newsroom/undated.md", languageId: "markdown", version: 1, text: body } });
      expect((await client.diagnostics("file:///newsroom/undated.md", 1)).params.diagnostics.map((d: any) => d.code)).toEqual(["outdated-figure"]);
      client.notify("textDocument/didOpen", { textDocument: { uri: "file:///newsroom/dated.md", languageId: "markdown", version: 1, text: `---\ndate: 2024-05-04\n---\n\n${body}` } });
      expect((await client.diagnostics("file:///newsroom/dated.md", 1)).params.diagnostics).toEqual([]);
    } finally {
      client.kill();
    }
  });

  it("takes the rules and the registry from the factmark.config.json above the document", async () => {
    const project = join(dir, "project");
    mkdirSync(join(project, "stories"), { recursive: true });
    copyFileSync(registry, join(project, "registry.json"));
    writeFileSync(join(project, "factmark.config.json"), JSON.stringify({ rules: { "unsourced-figure": "off" }, registry: "registry.json" }));
    const client = new LspClient([], { cwd: dir });
    try {
      await client.initialize();
      const uri = pathToFileURL(join(project, "stories", "story.md")).href;
      client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: "---\ndate: 2024-05-04\n---\n\nThe war has killed over 40,000 Palestinians in Gaza.\n" } });
      const { params } = await client.diagnostics(uri, 1);
      expect(params.diagnostics.map((d: any) => d.code)).toEqual(["figure-mismatch"]);
    } finally {
      client.kill();
    }
  });

  it("reports a config file that is not JSON on the story, and checks again when the client says the file changed", async () => {
    const project = join(dir, "broken-config");
    mkdirSync(project, { recursive: true });
    const config = join(project, "factmark.config.json");
    writeFileSync(config, '{ "rules": { "unsourced-figure": "off" ');
    const client = new LspClient(["--registry", registry], { cwd: dir });
    try {
      await client.initialize();
      const uri = pathToFileURL(join(project, "story.md")).href;
      client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: UNSOURCED } });
      const broken = await client.diagnostics(uri, 1);
      expect(broken.params.diagnostics).toEqual([expect.objectContaining({ severity: 1, code: "invalid-config", message: expect.stringMatching(/factmark\.config\.json.*malformed JSON/) })]);
      writeFileSync(config, '{ "rules": { "outdated-figure": "off" } }');
      client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
      const fixed = await client.diagnostics(uri, 1);
      expect(fixed.params.diagnostics.map((d: any) => d.code)).toEqual(["unsourced-figure"]);
    } finally {
      client.kill();
    }
  });

  it("does not check a document longer than the maxDocumentLength setting", async () => {
    const client = new LspClient(["--registry", registry], { settings: { maxDocumentLength: 100 } });
    try {
      await client.initialize();
      client.notify("textDocument/didOpen", { textDocument: { uri: "file:///newsroom/long.md", languageId: "markdown", version: 1, text: UNSOURCED } });
      const { params } = await client.diagnostics("file:///newsroom/long.md", 1);
      expect(params.diagnostics).toEqual([expect.objectContaining({ code: "document-too-long", message: expect.stringContaining("over the limit of 100 (setting maxDocumentLength)") })]);
    } finally {
      client.kill();
    }
  });

  it("warns about settings it does not understand and applies the rest", async () => {
    const client = new LspClient(["--registry", registry], { settings: { date: "yesterday", rules: { "unsourced-figure": "off" } } });
    try {
      await client.initialize();
      const warning = await client.waitFor((m) => m.method === "window/showMessage");
      expect(warning.params).toMatchObject({ type: 2, message: expect.stringContaining('"date"') });
      client.notify("textDocument/didOpen", { textDocument: { uri: "file:///newsroom/settings.md", languageId: "markdown", version: 1, text: UNSOURCED } });
      expect((await client.diagnostics("file:///newsroom/settings.md", 1)).params.diagnostics).toEqual([]);
    } finally {
      client.kill();
    }
  });
});

describe("factmark lsp without --stdio", () => {
  it("exits 2 and says how to start it", () => {
    const run = factmark(["lsp"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('factmark: the language server speaks over standard input and output only; start it as "factmark lsp --stdio"\n');
  });
});
