import { type Citation, FactmarkError, parseCitation } from "@factmark/core";
import { type Command, type EditorState, TextSelection } from "prosemirror-state";
import { type EditorFinding, factmarkKey } from "./plugin.js";
import { CITATION_MARK, DISMISSED_MARK, citationAttrs } from "./schema.js";
import { fixesOf, readerUrl } from "./suggest.js";

function findingsOf(state: EditorState): readonly EditorFinding[] {
  return factmarkKey.getState(state)?.findings ?? [];
}

/** The visible finding with id `id` in `state`, if there is one. */
export function findFinding(state: EditorState, id: string): EditorFinding | undefined {
  return findingsOf(state).find((f) => f.id === id);
}

/** The visible findings that contain document position `pos` (`from <= pos <= to`), innermost first. */
export function findingsAt(state: EditorState, pos: number): EditorFinding[] {
  return findingsOf(state)
    .filter((f) => f.from <= pos && pos <= f.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from));
}

function selectFinding(finding: EditorFinding): Command {
  return (state, dispatch) => {
    if (dispatch) dispatch(state.tr.setSelection(TextSelection.create(state.doc, finding.from, finding.to)).scrollIntoView());
    return true;
  };
}

/**
 * A command that selects the next finding after the selection's start, wrapping round to the first.
 * Returns false when there are no findings.
 */
export function nextFinding(): Command {
  return (state, dispatch, view) => {
    const findings = findingsOf(state);
    const at = state.selection.from;
    const next = findings.find((f) => f.from > at) ?? findings[0];
    return next ? selectFinding(next)(state, dispatch, view) : false;
  };
}

/**
 * A command that selects the finding before the selection's start, wrapping round to the last.
 * Returns false when there are no findings.
 */
export function previousFinding(): Command {
  return (state, dispatch, view) => {
    const findings = findingsOf(state);
    const at = state.selection.from;
    const previous = findings.findLast((f) => f.from < at) ?? findings[findings.length - 1];
    return previous ? selectFinding(previous)(state, dispatch, view) : false;
  };
}

/**
 * A command that applies fix `fixIndex` of finding `findingId` (an index into {@link fixesOf}: core's
 * fixes, then the rewrites the plugin makes from the registry). A `replace` fix rewrites the text
 * (keeping its marks) and, when the finding also offers a citation, attaches it to the rewritten
 * figure: the new figure is that source's. A `cite` fix adds the `citation` mark. Returns false
 * when the finding or the fix does not exist, or a `cite` fix meets a schema without the mark.
 */
export function applyFix(findingId: string, fixIndex: number): Command {
  return (state, dispatch) => {
    const finding = findFinding(state, findingId);
    const fixes = finding ? fixesOf(finding, factmarkKey.getState(state)?.registry) : [];
    const fix = fixes[fixIndex];
    if (!finding || !fix) return false;
    const citationType = state.schema.marks[CITATION_MARK];
    const registry = factmarkKey.getState(state)?.registry;
    // The citation links to a page a reader can open, not to a dataset's API.
    const readable = (citation: Citation): Citation => {
      const url = readerUrl(citation.url, citation.source, registry);
      const { url: _raw, ...rest } = citation;
      return url ? { ...rest, url } : rest;
    };
    if (fix.kind === "cite") {
      if (!citationType) return false;
      if (dispatch) dispatch(state.tr.addMark(fix.from, fix.to, citationType.create(citationAttrs(readable(fix.citation), fix.claimId))));
      return true;
    }
    if (dispatch) {
      const tr = state.tr.insertText(fix.text, fix.from, fix.to);
      const cite = fixes.find((f) => f.kind === "cite");
      if (cite?.kind === "cite" && citationType) {
        const from = tr.mapping.map(cite.from, -1);
        const to = tr.mapping.map(cite.to, 1);
        if (to > from) tr.addMark(from, to, citationType.create(citationAttrs(readable(cite.citation), cite.claimId)));
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/**
 * A command that dismisses finding `findingId` for `reason` ("verified with the ministry"): it
 * adds a `factmarkDismissed` mark for the finding's rule over its text, so the dismissal is part
 * of the document (it survives `toJSON`/`fromJSON`, undo and redo, and a copy into a CMS).
 * Returns false when the finding does not exist or the schema has no `factmarkDismissed` mark.
 */
export function dismissFinding(findingId: string, reason: string): Command {
  if (typeof reason !== "string") throw new FactmarkError("invalid-input", `dismissFinding: reason is ${typeof reason}; expected a string, for example "verified with the ministry"`);
  return (state, dispatch) => {
    const finding = findFinding(state, findingId);
    const type = state.schema.marks[DISMISSED_MARK];
    if (!finding || !type) return false;
    if (dispatch) dispatch(state.tr.addMark(finding.from, finding.to, type.create({ rule: finding.ruleId, reason })));
    return true;
  };
}

/**
 * A command that attaches a citation (a source id, the date it published, an optional URL) to a
 * range, by default the selection: a figure under a citation is sourced. Returns false for an
 * empty range or a schema without the `citation` mark; throws a `FactmarkError` for a citation
 * that is not valid (a missing source id or date). With `options.trusted` the citation is taken
 * as valid, unparsed, as `Registry.from` takes trusted data: for a caller that built it from a
 * registry's source and checked the date and URL itself (the factmark editor, which leaves zod
 * out of its bundle).
 */
export function attachCitation(citation: Citation, range?: { from: number; to: number }, options: { trusted?: boolean } = {}): Command {
  const valid = options.trusted ? citation : parseCitation(citation);
  return (state, dispatch) => {
    const type = state.schema.marks[CITATION_MARK];
    const { from, to } = range ?? state.selection;
    if (!type || to <= from || from < 0 || to > state.doc.content.size) return false;
    if (dispatch) dispatch(state.tr.addMark(from, to, type.create(citationAttrs(valid))));
    return true;
  };
}
