import { describe, expect, it } from "vitest";
import { FactmarkError, INPUT_FORMATS, mapToSource, parseHtml, parseInput, parseMarkdown, parseProseMirror, parseText } from "../src/index.js";
import { loadInputReader } from "../src/lazy.js";
import { thrown } from "./helpers.js";

describe("parseText", () => {
  it("splits paragraphs at blank lines and maps them one-to-one", () => {
    const input = "First paragraph with 34,000.\n\n  Second one\nwraps here.\r\n\r\nThird.";
    const doc = parseText(input);
    expect(doc.blocks.map((b) => b.text)).toEqual(["First paragraph with 34,000.", "Second one\nwraps here.", "Third."]);
    for (const block of doc.blocks) expect(input.slice(mapToSource(block, 0, "start"), mapToSource(block, block.text.length, "end"))).toBe(block.text);
  });
  it("gives no blocks for empty or blank input", () => {
    expect(parseText("").blocks).toEqual([]);
    expect(parseText(" \n\n\t ").blocks).toEqual([]);
  });
});

describe("parseMarkdown", () => {
  const input = '---\ntitle: "Test"\ndate: 2024-05-04\n---\n\n# Over **34,000** killed\n\nThe toll is [34,654](https://example.org/moh) \\*now\\* &amp; rising.\n\n> Quoted *over 1.2 million* people.\n';
  it("reads the front matter date and title", () => {
    const doc = parseMarkdown(input);
    expect(doc.date).toBe("2024-05-04");
    expect(doc.title).toBe("Test");
  });
  it("maps every block character back to the Markdown source", () => {
    const doc = parseMarkdown(input);
    expect(doc.blocks.map((b) => b.text)).toEqual(["Over 34,000 killed", "The toll is 34,654 *now* & rising.", "Quoted over 1.2 million people."]);
    const heading = doc.blocks[0]!;
    const at = heading.text.indexOf("34,000");
    expect(input.slice(mapToSource(heading, at, "start"), mapToSource(heading, at + 6, "end"))).toBe("34,000");
    const para = doc.blocks[1]!;
    const f = para.text.indexOf("34,654");
    expect(input.slice(mapToSource(para, f, "start"), mapToSource(para, f + 6, "end"))).toBe("34,654");
    expect(para.cited).toEqual([{ from: f, to: f + 6 }]);
    const q = doc.blocks[2]!;
    expect(q.type).toBe("quote");
    const m = q.text.indexOf("1.2 million");
    expect(input.slice(mapToSource(q, m, "start"), mapToSource(q, m + 11, "end"))).toBe("1.2 million");
  });
  it("keeps offsets into the source when it starts with a byte order mark", () => {
    const input = "\uFEFF---\ndate: 2024-05-04\n---\n\nOver 34,000 killed.\n";
    const doc = parseMarkdown(input);
    expect(doc.date).toBe("2024-05-04");
    const block = doc.blocks[0]!;
    expect(input.slice(mapToSource(block, 0, "start"), mapToSource(block, block.text.length, "end"))).toBe("Over 34,000 killed.");
  });

  it("reads factmark-disable-next-line comments", () => {
    const doc = parseMarkdown("Intro.\n\n<!-- factmark-disable-next-line unsourced-figure -->\nOver 34,000 killed.\n");
    expect(doc.disabled).toHaveLength(1);
    expect(doc.disabled[0]!.rules).toEqual(["unsourced-figure"]);
  });
  it("rejects a front matter date that is not a date, naming it with its line and column", () => {
    const error = thrown(() => parseMarkdown("---\ntitle: Talks\ndate: May 4th\n---\ntext"));
    expect(error.message).toMatch(/front matter date is "May 4th"/);
    expect(error.location).toEqual({ line: 3, column: 7 });
  });
  it("rejects front matter that is not YAML with its line", () => {
    const error = thrown(() => parseMarkdown("---\ntitle: ok\ndate: [unclosed\n---\ntext"));
    expect(error.code).toBe("parse-error");
    expect(error.message).toMatch(/^front matter line \d+ is not valid YAML/);
    expect(error.location?.line).toBeGreaterThanOrEqual(3);
  });
});

describe("parseHtml", () => {
  it("decodes entities, skips scripts and maps text back to the HTML", () => {
    const input = '<html><head><meta name="date" content="2024-05-04"><script>var x = "34,000 killed";</script></head><body><p>Over&nbsp;34,000 <b>people</b> killed &amp; <a href="https://moh">77,908</a> injured.</p><p>Second</div></body></html>';
    const doc = parseHtml(input);
    expect(doc.date).toBe("2024-05-04");
    expect(doc.blocks.map((b) => b.text)).toEqual(["Over 34,000 people killed & 77,908 injured.", "Second"]);
    const b = doc.blocks[0]!;
    const at = b.text.indexOf("34,000");
    expect(input.slice(mapToSource(b, at, "start"), mapToSource(b, at + 6, "end"))).toBe("34,000");
    const inj = b.text.indexOf("77,908");
    expect(b.cited).toEqual([{ from: inj, to: inj + 6 }]);
  });
  it("ends a link's citation at the link, not at a span inside it", () => {
    const input = '<p>Over <a href="https://moh"><span>34,000</span> killed</a> in Gaza</p>';
    const block = parseHtml(input).blocks[0]!;
    expect(block.text).toBe("Over 34,000 killed in Gaza");
    expect(block.cited).toEqual([{ from: 5, to: 18 }]);
  });

  it("survives broken markup without throwing", () => {
    expect(() => parseHtml("<p>unclosed <b>bold <i>and <p>more</span></div>")).not.toThrow();
    expect(parseHtml("").blocks).toEqual([]);
  });
});

describe("parseProseMirror", () => {
  const doc = {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Talks" }] },
      { type: "paragraph", content: [{ type: "text", text: "Over " }, { type: "text", text: "34,000", marks: [{ type: "citation", attrs: { source: "gaza-moh" } }] }, { type: "hard_break" }, { type: "text", text: " killed." }] },
    ],
  };
  it("gives blocks with document positions and node paths", () => {
    const parsed = parseProseMirror(doc);
    expect(parsed.blocks.map((b) => b.text)).toEqual(["Talks", "Over 34,000\n killed."]);
    const p = parsed.blocks[1]!;
    expect(p.path).toEqual([1]);
    // heading: 0 open, 1..6 text, 6 close → paragraph opens at 7, content at 8.
    expect(mapToSource(p, 0, "start")).toBe(8);
    expect(p.cited).toEqual([{ from: 5, to: 11 }]);
  });
  it("counts an empty paragraph as two positions and a horizontal rule as one", () => {
    const parsed = parseProseMirror({
      type: "doc",
      content: [{ type: "paragraph" }, { type: "horizontal_rule" }, { type: "blockquote", content: [{ type: "paragraph" }] }, { type: "paragraph", content: [{ type: "text", text: "Over 34,000" }] }],
    });
    // paragraph 0–2, rule 2–3, blockquote 3–7 (its empty paragraph 4–6), then the paragraph opens at 7.
    expect(parsed.blocks.map((b) => b.text)).toEqual(["Over 34,000"]);
    expect(mapToSource(parsed.blocks[0]!, 0, "start")).toBe(8);
    expect(parsed.blocks[0]!.path).toEqual([3]);
  });

  it("counts an inline node with content by its whole size, so later text keeps its positions", () => {
    // The paragraph opens at 0 and "A " is 1–3; the footnote spans 3–9 (open, "note", close), so "34,000" is 9–15.
    const doc = parseProseMirror({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "A " }, { type: "footnote", content: [{ type: "text", text: "note" }] }, { type: "text", text: "34,000" }] }],
    });
    const block = doc.blocks[0]!;
    const at = block.text.indexOf("34,000");
    expect(mapToSource(block, at, "start")).toBe(9);
    expect(mapToSource(block, at + 6, "end")).toBe(15);
  });

  it("rejects JSON that is not a ProseMirror document with a path", () => {
    expect(() => parseProseMirror({ type: "doc", content: [{ text: 5 }] })).toThrow(/content/);
    expect(() => parseProseMirror("{not json")).toThrow(FactmarkError);
  });
  it("rejects hostile nesting with a clear error instead of overflowing the stack", () => {
    let node: Record<string, unknown> = { type: "text", text: "x" };
    for (let i = 0; i < 5000; i++) node = { type: "blockquote", content: [node] };
    expect(() => parseProseMirror({ type: "doc", content: [node] })).toThrow(FactmarkError);
  });
});

describe("loadInputReader", () => {
  const inputs: Record<string, string> = {
    text: "Over 34,000 killed.\n\nA second paragraph.",
    markdown: "---\ndate: 2024-05-04\n---\n\n# Over **34,000** killed\n\nThe toll is [34,654](https://example.org).",
    html: "<h1>Over <b>34,000</b> killed</h1><p>The toll is 34,654 &amp; rising.</p>",
    prosemirror: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Over 34,000 killed." }] }] }),
  };
  it.each(INPUT_FORMATS)("reads %s as parseInput does", async (format) => {
    const read = await loadInputReader(format);
    expect(read(inputs[format]!)).toEqual(parseInput(inputs[format]!, format));
  });
  it("rejects an unknown format, naming the formats it reads", async () => {
    const error = await loadInputReader("docx" as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactmarkError);
    expect((error as FactmarkError).code).toBe("unsupported-format");
    expect((error as FactmarkError).message).toContain('format "docx"');
    expect((error as FactmarkError).message).toContain("text, markdown, html, prosemirror");
  });
  it("rejects an object for a format read from text, as parseInput does", async () => {
    const read = await loadInputReader("markdown");
    const error = thrown(() => read({ type: "doc" }));
    expect(error.code).toBe("invalid-input");
    expect(error.message).toContain("markdown input must be a string");
  });
});
