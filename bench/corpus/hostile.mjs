// Hostile drafts: inputs shaped to make a parser or the date reader do more than linear work (runs
// of emphasis delimiters, deep lists, repeated dates, a ProseMirror document of zeros). Used by
// bench/hostile.bench.mjs (timed, at 16 KB to 1 MB) and by packages/core/test/properties.test.ts
// (correctness, at small sizes), so both read the same shapes.

const FIGURE = "Over 40,000 Palestinians have been killed, the ministry said.";

/** Repeats `unit` whole, to about `size` characters. */
function fill(unit, size) {
  return unit.repeat(Math.max(1, Math.round(size / unit.length)));
}

/**
 * The hostile shapes, by name: each gives about `size` characters of input in one format. `format`
 * is the input format to check it as; `content` a string, or a ProseMirror JSON object.
 * @type {Record<string, { format: "text" | "markdown" | "html" | "prosemirror", make: (size: number) => string | object }>}
 */
export const HOSTILE_SHAPES = {
  // A figure inside a run of asterisks: micromark pairs every opener with every closer.
  "markdown-stars": { format: "markdown", make: (size) => `${fill("*", size >> 1)}${FIGURE}${fill("*", size >> 1)}` },
  // Alternating emphasis openers, never closed: the delimiter stack grows with the input.
  "markdown-emphasis": { format: "markdown", make: (size) => `${fill("*a _b ", size - FIGURE.length)}${FIGURE}` },
  // One list item nested inside the last, line after line.
  "markdown-nested-list": {
    format: "markdown",
    make: (size) => {
      let out = "";
      for (let depth = 0; out.length < size; depth++) out += `${"  ".repeat(depth % 2000)}- 34,000 killed\n`;
      return out;
    },
  },
  // Lists opened on one line: "- - - - … figure".
  "markdown-list-line": { format: "markdown", make: (size) => `${fill("- ", size)}${FIGURE}` },
  // Block quotes nested on one line.
  "markdown-quotes": { format: "markdown", make: (size) => `${fill("> ", size)}${FIGURE}` },
  // <ul><li> opened and never closed.
  "html-nested-list": { format: "html", make: (size) => `${fill("<ul><li>", size)}${FIGURE}` },
  // Inline elements opened and never closed around a figure.
  "html-inline": { format: "html", make: (size) => `<p>${fill("<b><i>", size)}${FIGURE}</p>` },
  // A date repeated in one paragraph: the date reader looks at every one of them.
  "text-dates": { format: "text", make: (size) => fill("May 4, 2024 ", size) },
  "markdown-dates": { format: "markdown", make: (size) => fill("May 4, 2024 ", size) },
  "html-dates": { format: "html", make: (size) => `<p>${fill("May 4, 2024 ", size)}</p>` },
  // One paragraph of figures with no break.
  "text-figures": { format: "text", make: (size) => fill("34,000 killed, nearly 1.2 million displaced; ", size) },
  // One sentence of stances in the future tense: each "will" asks what stands before it in the sentence.
  "text-future-stances": { format: "text", make: (size) => `Hamas said ${fill("Israel will not agree and Hamas would ", size)}end.` },
  // One sentence of truce lengths with no break: each length's clause, and each pair of lengths.
  "text-phases": { format: "text", make: (size) => fill("the first phase of 42 days and the second phase would ", size) },
  // One sentence of attributions and stances with no full stop.
  "text-attributions": { format: "text", make: (size) => fill("officials said Israel has rejected the offer according to Hamas and ", size) },
  // A document whose content is a long array of zeros: one schema issue per element.
  "prosemirror-zeros": { format: "prosemirror", make: (size) => ({ type: "doc", content: new Array(size >> 1).fill(0) }) },
  // A document with one paragraph per figure.
  "prosemirror-paragraphs": {
    format: "prosemirror",
    make: (size) => ({ type: "doc", content: Array.from({ length: Math.ceil(size / 90) }, () => ({ type: "paragraph", content: [{ type: "text", text: FIGURE }] })) }),
  },
};
