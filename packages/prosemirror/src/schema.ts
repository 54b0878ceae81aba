import type { Citation } from "@factmark/core";
import type { Mark, MarkSpec, Schema } from "prosemirror-model";

/** The attributes of a `citation` mark: the source id, the URL, the date the source published, and the registered claim, when known. */
export interface CitationAttrs {
  sourceId: string;
  url: string | null;
  date: string | null;
  claimId: string | null;
}

/** The attributes of a `factmarkDismissed` mark: the rule id it silences and why. */
export interface DismissedAttrs {
  rule: string;
  reason: string;
}

function citationAttrsFromDOM(dom: HTMLElement): CitationAttrs | false {
  const sourceId = dom.getAttribute("data-source-id");
  // Without a source id the element says nothing checkable: leave it to other parse rules.
  if (!sourceId) return false;
  return {
    sourceId,
    url: dom.getAttribute("data-url") || dom.getAttribute("cite") || null,
    date: dom.getAttribute("data-date") || null,
    claimId: dom.getAttribute("data-claim-id") || null,
  };
}

/**
 * The `citation` mark: text covered by it is sourced, so a figure under it is never flagged as
 * unsourced. Attributes: `sourceId` (a registry source id, required), `url`, `date` (the date the
 * source published, YYYY-MM-DD) and `claimId` (the registered claim, optional). Renders as
 * `<cite data-citation data-source-id=… data-url=… data-date=… data-claim-id=…>` and parses that
 * or the same attributes on a `<span data-citation>`, so citations survive a copy into a CMS and
 * back. Not inclusive: typing at its edge does not extend it.
 */
export const citationMark: MarkSpec = {
  attrs: {
    sourceId: { validate: "string" },
    url: { default: null, validate: "string|null" },
    date: { default: null, validate: "string|null" },
    claimId: { default: null, validate: "string|null" },
  },
  inclusive: false,
  parseDOM: [
    { tag: "cite[data-citation]", getAttrs: (dom) => citationAttrsFromDOM(dom as HTMLElement) },
    { tag: "span[data-citation]", getAttrs: (dom) => citationAttrsFromDOM(dom as HTMLElement) },
  ],
  toDOM(mark) {
    const attrs = mark.attrs as CitationAttrs;
    const dom: Record<string, string> = { "data-citation": "", "data-source-id": attrs.sourceId };
    if (attrs.url) dom["data-url"] = attrs.url;
    if (attrs.date) dom["data-date"] = attrs.date;
    if (attrs.claimId) dom["data-claim-id"] = attrs.claimId;
    return ["cite", dom, 0];
  },
};

/**
 * The `factmarkDismissed` mark: the writer or an editor judged a finding of rule `rule` on this
 * text to be wrong or handled, for `reason` ("verified with the ministry by phone"). Findings of
 * that rule covered by it are hidden. Several can cover the same text (one per rule), it is not
 * inclusive, and it renders as `<span data-factmark-dismissed="<rule>" data-reason="…">`, so it
 * survives `toJSON`/`fromJSON`, undo, and a copy into a CMS.
 */
export const factmarkDismissedMark: MarkSpec = {
  attrs: {
    rule: { validate: "string" },
    reason: { default: "", validate: "string" },
  },
  inclusive: false,
  // Dismissals of different rules stack on the same text.
  excludes: "",
  parseDOM: [
    {
      tag: "span[data-factmark-dismissed]",
      getAttrs: (dom) => {
        const rule = (dom as HTMLElement).getAttribute("data-factmark-dismissed");
        return rule ? { rule, reason: (dom as HTMLElement).getAttribute("data-reason") ?? "" } : false;
      },
    },
  ],
  toDOM(mark) {
    const attrs = mark.attrs as DismissedAttrs;
    return ["span", { "data-factmark-dismissed": attrs.rule, "data-reason": attrs.reason }, 0];
  },
};

type MarkMap = Schema["spec"]["marks"];

/**
 * Returns a copy of a schema spec with the marks `citation` ({@link citationMark}) and
 * `factmarkDismissed` ({@link factmarkDismissedMark}) added. `marks` may be an `OrderedMap` (as in
 * `schema.spec`) or a plain object; a mark already defined under one of these names is kept.
 *
 * @example
 * import { schema } from "prosemirror-schema-basic";
 * const mySchema = new Schema(addFactmarkMarks({ nodes: schema.spec.nodes, marks: schema.spec.marks }));
 */
export function addFactmarkMarks<S extends { marks: MarkMap | Record<string, MarkSpec> }>(spec: S): S {
  const added: [string, MarkSpec][] = [
    ["citation", citationMark],
    ["factmarkDismissed", factmarkDismissedMark],
  ];
  const marks = spec.marks as MarkMap | Record<string, MarkSpec>;
  if (isOrderedMap(marks)) {
    let map = marks;
    for (const [name, mark] of added) if (map.get(name) === undefined) map = map.addToEnd(name, mark);
    return { ...spec, marks: map };
  }
  const record: Record<string, MarkSpec> = { ...marks };
  for (const [name, mark] of added) if (!(name in record)) record[name] = mark;
  return { ...spec, marks: record };
}

function isOrderedMap(marks: MarkMap | Record<string, MarkSpec>): marks is MarkMap {
  return typeof (marks as MarkMap).addToEnd === "function" && typeof (marks as MarkMap).get === "function";
}

/** The `citation` mark attributes for a core {@link Citation}. */
export function citationAttrs(citation: Citation, claimId?: string): CitationAttrs {
  return { sourceId: citation.source, url: citation.url ?? null, date: citation.published, claimId: claimId ?? null };
}

/** True when `mark` is a citation or a link, the marks that make a figure sourced. */
export function isCitingMark(mark: Mark): boolean {
  return CITING_MARKS.has(mark.type.name);
}

// The same names @factmark/core's ProseMirror reader treats as citing, so the plugin and check()
// on the document's JSON agree.
const CITING_MARKS = new Set(["link", "citation", "factmarkCitation"]);

/** The mark name of {@link factmarkDismissedMark} in a schema built with {@link addFactmarkMarks}. */
export const DISMISSED_MARK = "factmarkDismissed";
/** The mark name of {@link citationMark}. */
export const CITATION_MARK = "citation";
