// Hostile drafts (bench/corpus/hostile.mjs: emphasis runs, deep lists, repeated dates, a ProseMirror
// document of zeros) and figures hidden by invisible characters. Correctness only: the hostile-shape
// benchmark (bench/hostile.bench.mjs) measures that each input format stays linear in its size.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOSTILE_SHAPES } from "../../../bench/corpus/hostile.mjs";
import { FactmarkError, check, mapToSource, parseHtml, parseInput, parseMarkdown, parseProseMirror, parseText } from "../src/index.js";
import { MAX_BLOCK_LENGTH } from "../src/formats/block.js";
import { MAX_HTML_DEPTH } from "../src/formats/html.js";
import { MAX_MARKDOWN_INDENT, MAX_MARKDOWN_INLINE_MARKUP, MAX_MARKDOWN_NESTING, limitMarkdown } from "../src/formats/markdown-limits.js";
import { MAX_PROSEMIRROR_ISSUES } from "../src/formats/prosemirror.js";
import { mayRegistry, readFoundingArticle, repoRoot, thrown } from "./helpers.js";
import { readFileSync } from "node:fs";

const registry = mayRegistry();
const FIGURE = "Over 40,000 Palestinians have been killed, the ministry said.";

describe("hostile shapes", () => {
  for (const [name, shape] of Object.entries(HOSTILE_SHAPES)) {
    if (shape.format === "prosemirror" && name.includes("zeros")) continue;
    it(`checks ${name} at 16 KB without throwing, with findings inside the input`, () => {
      const content = shape.make(16_384);
      const findings = check(content, { registry, date: "2024-05-04", format: shape.format });
      for (const f of findings) {
        expect(f.from).toBeGreaterThanOrEqual(0);
        expect(f.from).toBeLessThanOrEqual(f.to);
        if (typeof content === "string") {
          expect(f.to).toBeLessThanOrEqual(content.length);
          expect(f.text).toBe(content.slice(f.from, f.to));
        }
      }
      if (typeof content === "string" && content.includes(FIGURE)) expect(findings.map((f) => f.ruleId)).toContain("figure-mismatch");
    });
  }

  it("maps each figure of a list nested past the limits to its own words, not to the whole list", () => {
    // Past the nesting limit the list is one paragraph whose lines micromark strips of their
    // indentation: each finding must still cover its figure alone, or a 1 MB draft answers with
    // findings whose texts add up past what a response can hold.
    const content = HOSTILE_SHAPES["markdown-nested-list"]!.make(64 * 1024);
    const findings = check(content, { registry, date: "2024-05-04", format: "markdown" });
    expect(findings.length).toBeGreaterThan(100);
    for (const f of findings) expect(f.text.length).toBeLessThanOrEqual("34,000 killed".length);
  });

  it("checks every hostile shape at any size without throwing, with offsets in bounds, the same twice", () => {
    const names = Object.keys(HOSTILE_SHAPES).filter((name) => !name.includes("zeros"));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.integer({ min: 1, max: 6000 }), (name, size) => {
        const shape = HOSTILE_SHAPES[name]!;
        const content = shape.make(size);
        const findings = check(content, { registry, date: "2024-05-04", format: shape.format });
        for (const f of findings) {
          expect(f.from).toBeGreaterThanOrEqual(0);
          expect(f.from).toBeLessThanOrEqual(f.to);
          if (typeof content === "string") expect(f.text).toBe(content.slice(f.from, f.to));
        }
        expect(check(content, { registry, date: "2024-05-04", format: shape.format })).toEqual(findings);
      }),
      { numRuns: 60 },
    );
  });

  it("answers a ProseMirror content array of 400,000 zeros with the first problems and their count", () => {
    const error = thrown(() => parseProseMirror(HOSTILE_SHAPES["prosemirror-zeros"]!.make(800_000)));
    expect(error.code).toBe("invalid-input");
    expect(error.issues).toHaveLength(MAX_PROSEMIRROR_ISSUES);
    expect(error.issues![0]!.path).toEqual(["content", 0]);
    expect(error.message).toContain("400000 problems, the first 20");
    expect(error.message.length).toBeLessThan(4000);
  });

  it("lists the same problems zod finds in a ProseMirror document", () => {
    const error = thrown(() => parseProseMirror({ type: "doc", content: [{ type: "paragraph", content: [{ text: 5 }] }, { type: "", marks: [{}] }] }));
    expect(error.issues!.map((i) => i.path.join("."))).toEqual(["content.0.content.0.type", "content.0.content.0.text", "content.1.type", "content.1.marks.0.type"]);
  });

  it("reads a paragraph longer than the block cap in pieces that map back to the input", () => {
    const sentence = "Over 34,000 Palestinians have been killed, the ministry said. ";
    const input = sentence.repeat(Math.ceil((MAX_BLOCK_LENGTH * 2.5) / sentence.length));
    for (const doc of [parseText(input), parseMarkdown(input), parseHtml(`<p>${input}</p>`)]) {
      expect(doc.blocks.length).toBe(3);
      for (const block of doc.blocks) {
        expect(block.text.length).toBeLessThanOrEqual(MAX_BLOCK_LENGTH);
        // Cut after a sentence, never inside one.
        expect(block.text.startsWith("Over 34,000")).toBe(true);
      }
    }
    const text = parseText(input);
    for (const block of text.blocks) expect(input.slice(mapToSource(block, 0, "start"), mapToSource(block, block.text.length, "end"))).toBe(block.text);
  });

  it("gives findings in a long ProseMirror paragraph their offset in the whole textblock", () => {
    const filler = "Talks went on. ".repeat(Math.ceil(MAX_BLOCK_LENGTH / 15));
    const text = `${filler}${FIGURE}`;
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
    const finding = check(doc, { registry, date: "2024-05-04" }).find((f) => f.ruleId === "figure-mismatch")!;
    expect(finding.path).toEqual([0]);
    expect(finding.offset).toBe(text.indexOf("Over 40,000"));
    expect(finding.from).toBe(1 + text.indexOf("Over 40,000"));
  });

  it("keeps the figure of a draft nested past the Markdown and HTML limits", () => {
    const deep = `${"> ".repeat(MAX_MARKDOWN_NESTING * 10)}${FIGURE}`;
    expect(parseMarkdown(deep).blocks.map((b) => b.text)).toEqual([FIGURE]);
    const list = `${"- ".repeat(MAX_MARKDOWN_NESTING * 10)}${FIGURE}`;
    expect(parseMarkdown(list).blocks.map((b) => b.text)).toEqual([FIGURE]);
    const indented = Array.from({ length: MAX_MARKDOWN_INDENT }, (_, depth) => `${"  ".repeat(depth)}- item ${depth}`).join("\n");
    expect(parseMarkdown(`${indented}\n${" ".repeat(MAX_MARKDOWN_INDENT * 2)}${FIGURE}`).blocks.map((b) => b.text).join(" ")).toContain(FIGURE);
    const html = `${"<ul><li>".repeat(MAX_HTML_DEPTH * 10)}${FIGURE}${"</li></ul>".repeat(MAX_HTML_DEPTH * 10)}<p>after</p>`;
    expect(parseHtml(html).blocks.map((b) => b.text)).toEqual([FIGURE, "after"]);
  });

  it("reads deep emphasis without overflowing the stack", () => {
    const input = `${"*a _b ".repeat(20_000)}${FIGURE}${" b_ a*".repeat(20_000)}`;
    const findings = check(input, { registry, date: "2024-05-04", format: "markdown" });
    expect(findings.map((f) => f.text)).toContain("Over 40,000");
  });

  it("refuses a YAML alias bomb in front matter with a parse error", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const error = thrown(() => parseMarkdown(`---\n${levels.join("\n")}\ndate: 2024-05-04\n---\n\nText.`));
    expect(error.code).toBe("parse-error");
    expect(error.message).toMatch(/alias/);
  });
});

describe("the Markdown limits", () => {
  it("leave real copy unchanged", () => {
    for (const text of [readFoundingArticle(), readFileSync(`${repoRoot}bench/corpus/paragraphs.md`, "utf8")]) expect(limitMarkdown(text)).toBe(text);
  });

  it("keep the length of any input and change only markup past the limits", () => {
    const markup = fc.constantFrom("*", "_", "~", "`", "[", "]", "<", "> ", "- ", "1. ", "\n", "\n\n", " ", "a", "34,000");
    fc.assert(
      fc.property(fc.array(fc.oneof(markup, fc.string({ maxLength: 3 })), { maxLength: 400 }), fc.integer({ min: 1, max: 40 }), (parts, times) => {
        const input = parts.join("").repeat(times);
        const limited = limitMarkdown(input);
        expect(limited.length).toBe(input.length);
        for (let i = 0; i < input.length; i++) if (limited[i] !== input[i]) expect("*_~`[]<>-+0123456789.) \t").toContain(input[i]);
      }),
      { numRuns: 200 },
    );
  });

  it("leave a paragraph's first markup characters to the parser", () => {
    const input = `${"**a** ".repeat(MAX_MARKDOWN_INLINE_MARKUP / 4)}${"**b** ".repeat(4)}`;
    const text = parseMarkdown(input).blocks[0]!.text;
    expect(text.startsWith("a a a")).toBe(true);
    expect(text.endsWith("b b b b")).toBe(true);
  });
});

describe("figures hidden by invisible characters", () => {
  const INVISIBLE: [string, string][] = [
    ["a zero-width space", "\u200b"],
    ["a zero-width non-joiner", "\u200c"],
    ["a zero-width joiner", "\u200d"],
    ["a word joiner", "\u2060"],
    ["a soft hyphen", "\u00ad"],
    ["a byte order mark", "\ufeff"],
    ["a left-to-right mark", "\u200e"],
  ];
  const hidden = (mark: string) => `Over 40,0${mark}00 Palestinians have been killed, the ministry said.`;

  for (const [what, mark] of INVISIBLE) {
    it(`reads a figure with ${what} inside it as the reader sees it, in every format`, () => {
      const text = hidden(mark);
      const inputs: [string | object, "text" | "markdown" | "html" | "prosemirror", string][] = [
        [text, "text", text],
        [`**${text}**`, "markdown", `**${text}**`],
        [`<p>${text}</p>`, "html", `<p>${text}</p>`],
        [{ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] }, "prosemirror", ` ${text}`],
      ];
      for (const [input, format, raw] of inputs) {
        const finding = check(input, { registry, date: "2024-05-04", format }).find((f) => f.ruleId === "figure-mismatch");
        expect(finding, `${what} in ${format}`).toBeDefined();
        expect(raw.slice(finding!.from, finding!.to)).toBe(`Over 40,0${mark}00`);
      }
    });
  }

  it("reads figures hidden by the HTML entities &#8203; and &shy;", () => {
    for (const entity of ["&#8203;", "&shy;", "&#x200B;", "&zwj;"]) {
      const html = `<p>Over 40,0${entity}00 Palestinians have been killed, the ministry said.</p>`;
      const finding = check(html, { registry, date: "2024-05-04", format: "html" }).find((f) => f.ruleId === "figure-mismatch");
      expect(finding?.text).toBe(`Over 40,0${entity}00`);
    }
  });

  it("finds the same problems with default-ignorable characters sprinkled anywhere", () => {
    const marks = fc.constantFrom(...INVISIBLE.map(([, mark]) => mark), "\u2063", "\u180e", "\ufe0f", "\u{e0041}");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(FIGURE.length), marks), { maxLength: 6 }), fc.constantFrom("text", "markdown", "html") as fc.Arbitrary<"text" | "markdown" | "html">, (inserts, format) => {
        let text = FIGURE;
        for (const [at, mark] of [...inserts].sort((a, b) => b[0] - a[0])) text = `${text.slice(0, at)}${mark}${text.slice(at)}`;
        const clean = check(FIGURE, { registry, date: "2024-05-04", format }).map((f) => f.ruleId);
        const findings = check(text, { registry, date: "2024-05-04", format });
        expect(findings.map((f) => f.ruleId)).toEqual(clean);
        for (const f of findings) expect(f.text).toBe(text.slice(f.from, f.to));
      }),
      { numRuns: 200 },
    );
  });

  it("leaves an input of invisible characters alone with no blocks", () => {
    expect(parseInput("\u200b\u200c\ufeff", "text").blocks).toEqual([]);
  });
});

it("throws only FactmarkErrors on hostile ProseMirror values", () => {
  for (const value of [null, 0, [], { type: 1 }, { type: "doc", content: {} }, { type: "doc", marks: [null] }]) {
    expect(() => parseProseMirror(value)).toThrow(FactmarkError);
  }
});
