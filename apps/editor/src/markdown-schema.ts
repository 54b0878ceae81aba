import type { MarkSpec, NodeSpec } from "prosemirror-model";

// The node and mark specs of prosemirror-markdown's `schema` (MIT, Marijn Haverbeke), written out
// here because that module also builds its default Markdown parser when it loads, which would put
// markdown-it in the editor's first script. test/schema.test.ts checks that they stay the same as
// the package's.

/** CommonMark's nodes, named as prosemirror-markdown names them. */
export const markdownNodes: Record<"doc" | "paragraph" | "blockquote" | "horizontal_rule" | "heading" | "code_block" | "ordered_list" | "bullet_list" | "list_item" | "text" | "image" | "hard_break", NodeSpec> = {
  doc: { content: "block+" },
  paragraph: { content: "inline*", group: "block", parseDOM: [{ tag: "p" }], toDOM: () => ["p", 0] },
  blockquote: { content: "block+", group: "block", parseDOM: [{ tag: "blockquote" }], toDOM: () => ["blockquote", 0] },
  horizontal_rule: { group: "block", parseDOM: [{ tag: "hr" }], toDOM: () => ["div", ["hr"]] },
  heading: {
    attrs: { level: { default: 1, validate: "number" } },
    content: "(text | image)*",
    group: "block",
    defining: true,
    parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
    toDOM: (node) => [`h${+node.attrs.level}`, 0],
  },
  code_block: {
    content: "text*",
    group: "block",
    code: true,
    defining: true,
    marks: "",
    attrs: { params: { default: "" } },
    parseDOM: [{ tag: "pre", preserveWhitespace: "full", getAttrs: (dom) => ({ params: dom.getAttribute("data-params") || "" }) }],
    toDOM: (node) => ["pre", node.attrs.params ? { "data-params": node.attrs.params } : {}, ["code", 0]],
  },
  ordered_list: {
    content: "list_item+",
    group: "block",
    attrs: { order: { default: 1 }, tight: { default: false } },
    parseDOM: [{ tag: "ol", getAttrs: (dom) => ({ order: dom.hasAttribute("start") ? +dom.getAttribute("start")! : 1, tight: dom.hasAttribute("data-tight") }) }],
    toDOM: (node) => ["ol", { start: node.attrs.order == 1 ? null : node.attrs.order, "data-tight": node.attrs.tight ? "true" : null }, 0],
  },
  bullet_list: {
    content: "list_item+",
    group: "block",
    attrs: { tight: { default: false } },
    parseDOM: [{ tag: "ul", getAttrs: (dom) => ({ tight: dom.hasAttribute("data-tight") }) }],
    toDOM: (node) => ["ul", { "data-tight": node.attrs.tight ? "true" : null }, 0],
  },
  list_item: { content: "block+", defining: true, parseDOM: [{ tag: "li" }], toDOM: () => ["li", 0] },
  text: { group: "inline" },
  image: {
    inline: true,
    attrs: { src: {}, alt: { default: null }, title: { default: null } },
    group: "inline",
    draggable: true,
    parseDOM: [{ tag: "img[src]", getAttrs: (dom) => ({ src: dom.getAttribute("src"), title: dom.getAttribute("title"), alt: dom.getAttribute("alt") }) }],
    toDOM: (node) => ["img", node.attrs],
  },
  hard_break: { inline: true, group: "inline", selectable: false, parseDOM: [{ tag: "br" }], toDOM: () => ["br"] },
};

/** The marks `em`, `strong`, `link` and `code`, as prosemirror-markdown defines them. */
export const markdownMarks: Record<"em" | "strong" | "link" | "code", MarkSpec> = {
  em: {
    parseDOM: [{ tag: "i" }, { tag: "em" }, { style: "font-style=italic" }, { style: "font-style=normal", clearMark: (mark) => mark.type.name == "em" }],
    toDOM: () => ["em"],
  },
  strong: {
    parseDOM: [
      { tag: "strong" },
      { tag: "b", getAttrs: (node) => node.style.fontWeight != "normal" && null },
      { style: "font-weight=400", clearMark: (mark) => mark.type.name == "strong" },
      { style: "font-weight", getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null },
    ],
    toDOM: () => ["strong"],
  },
  link: {
    attrs: { href: {}, title: { default: null } },
    inclusive: false,
    parseDOM: [{ tag: "a[href]", getAttrs: (dom) => ({ href: dom.getAttribute("href"), title: dom.getAttribute("title") }) }],
    toDOM: (mark) => ["a", mark.attrs],
  },
  code: { code: true, parseDOM: [{ tag: "code" }], toDOM: () => ["code"] },
};
