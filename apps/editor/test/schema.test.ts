import { schema as markdownSchema } from "prosemirror-markdown";
import type { MarkSpec, NodeSpec } from "prosemirror-model";
import { describe, expect, it } from "vitest";
import { markdownMarks, markdownNodes } from "../src/markdown-schema.js";
import { articleSchema } from "../src/schema.js";

// Everything of a spec but its functions, and what each parse rule matches and sets.
function shape(spec: NodeSpec | MarkSpec): unknown {
  const { toDOM: _toDOM, parseDOM, ...rest } = spec;
  return {
    ...rest,
    parseDOM: parseDOM?.map((rule) => {
      const { getAttrs, clearMark, ...plain } = rule as unknown as Record<string, unknown>;
      return { ...plain, getAttrs: typeof getAttrs, clearMark: typeof clearMark };
    }),
  };
}

describe("the article schema's CommonMark nodes and marks", () => {
  it("are prosemirror-markdown's, in its order, with the same attributes, content and parse rules", () => {
    const nodes: string[] = [];
    markdownSchema.spec.nodes.forEach((name, spec) => {
      nodes.push(name);
      expect(shape((markdownNodes as Record<string, NodeSpec>)[name]!), name).toEqual(shape(spec));
    });
    expect(Object.keys(markdownNodes)).toEqual(nodes);
    const marks: string[] = [];
    markdownSchema.spec.marks.forEach((name, spec) => {
      marks.push(name);
      expect(shape((markdownMarks as Record<string, MarkSpec>)[name]!), name).toEqual(shape(spec));
    });
    expect(Object.keys(markdownMarks)).toEqual(marks);
    expect(Object.keys(articleSchema.marks)).toEqual([...marks, "citation", "factmarkDismissed"]);
  });

  it("render each node and mark as prosemirror-markdown does", () => {
    const samples: [string, Record<string, unknown>][] = [
      ["paragraph", {}],
      ["blockquote", {}],
      ["horizontal_rule", {}],
      ["heading", { level: 3 }],
      ["code_block", { params: "" }],
      ["code_block", { params: "js" }],
      ["ordered_list", { order: 1, tight: true }],
      ["ordered_list", { order: 4, tight: false }],
      ["bullet_list", { tight: true }],
      ["list_item", {}],
      ["image", { src: "a.png", alt: "A map", title: null }],
      ["hard_break", {}],
    ];
    for (const [name, attrs] of samples) {
      const ours = articleSchema.nodes[name as keyof typeof articleSchema.nodes]!.create(attrs);
      const theirs = markdownSchema.nodes[name as keyof typeof markdownSchema.nodes]!.create(attrs);
      expect(ours.type.spec.toDOM!(ours), name).toEqual(theirs.type.spec.toDOM!(theirs));
    }
    for (const [name, attrs] of [["em", {}], ["strong", {}], ["link", { href: "https://example.org/", title: "t" }], ["code", {}]] as const) {
      const ours = articleSchema.marks[name].create(attrs);
      const theirs = markdownSchema.marks[name].create(attrs);
      expect(ours.type.spec.toDOM!(ours, true), name).toEqual(theirs.type.spec.toDOM!(theirs, true));
    }
  });
});
