import { DOMParser, DOMSerializer, Schema } from "prosemirror-model";
import { schema as basic } from "prosemirror-schema-basic";
import { describe, expect, it } from "vitest";
import { addFactmarkMarks, citationMark, factmarkDismissedMark } from "../src/index.js";
import { schema } from "./helpers.js";

function roundTrip(html: string): { json: unknown; html: string } {
  const element = document.createElement("div");
  element.innerHTML = html;
  const doc = DOMParser.fromSchema(schema).parse(element);
  const out = document.createElement("div");
  out.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(doc.content));
  return { json: doc.toJSON(), html: out.innerHTML };
}

describe("schema additions", () => {
  it("adds citation and factmarkDismissed to an OrderedMap of marks, after the existing ones", () => {
    const spec = addFactmarkMarks({ nodes: basic.spec.nodes, marks: basic.spec.marks });
    const names: string[] = [];
    spec.marks.forEach((name) => names.push(name));
    expect(names).toEqual([...Object.keys(basic.marks), "citation", "factmarkDismissed"]);
    expect(basic.spec.marks.get("citation")).toBeUndefined();
  });

  it("adds them to a plain object of marks and keeps a mark already defined under the name", () => {
    const own = { parseDOM: [{ tag: "q" }], toDOM: () => ["q", 0] as const };
    const spec = addFactmarkMarks({ nodes: { doc: { content: "text*" }, text: {} }, marks: { citation: own } });
    expect(spec.marks.citation).toBe(own);
    expect((spec.marks as Record<string, unknown>).factmarkDismissed).toBe(factmarkDismissedMark);
    expect(() => new Schema(spec)).not.toThrow();
  });

  it("writes a citation as <cite data-citation> and reads it back", () => {
    const html = '<p><cite data-citation="" data-source-id="gaza-moh" data-url="https://example.org/r" data-date="2024-05-04" data-claim-id="c1">over 34,000</cite> killed</p>';
    const { json, html: out } = roundTrip(html);
    expect(out).toBe(html);
    expect(JSON.stringify(json)).toContain('"attrs":{"sourceId":"gaza-moh","url":"https://example.org/r","date":"2024-05-04","claimId":"c1"}');
  });

  it("reads a citation from a span too, and leaves a cite without a source id alone", () => {
    const { json } = roundTrip('<p><span data-citation data-source-id="ocha">a figure</span> and <cite>a book</cite></p>');
    const text = JSON.stringify(json);
    expect(text).toContain('"sourceId":"ocha"');
    expect(text.match(/"type":"citation"/g)).toHaveLength(1);
  });

  it("writes dismissals of two rules on the same text and reads both back", () => {
    const html = '<p><span data-factmark-dismissed="unsourced-figure" data-reason="caption cites it"><span data-factmark-dismissed="outdated-figure" data-reason="historical">34,000</span></span></p>';
    const { json, html: out } = roundTrip(html);
    expect(out).toBe(html);
    expect(JSON.stringify(json).match(/"type":"factmarkDismissed"/g)).toHaveLength(2);
  });

  it("requires a source id on a citation and a rule on a dismissal", () => {
    expect(() => schema.marks.citation!.create({})).toThrow(/sourceId/);
    expect(() => schema.marks.factmarkDismissed!.create({ reason: "x" })).toThrow(/rule/);
    expect(citationMark.inclusive).toBe(false);
  });
});
