import type { Citation } from "@factmark/core";
import { Extension, Mark, mergeAttributes } from "@tiptap/core";
import type { Command as ProseMirrorCommand } from "prosemirror-state";
import { applyFix, attachCitation, dismissFinding, nextFinding, previousFinding } from "./commands.js";
import { type FactmarkOptions, factmark } from "./plugin.js";
import { CITATION_MARK, DISMISSED_MARK } from "./schema.js";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    factmark: {
      /** Selects the next finding after the selection (wraps). */
      nextFinding: () => ReturnType;
      /** Selects the finding before the selection (wraps). */
      previousFinding: () => ReturnType;
      /** Applies fix `fixIndex` of finding `findingId`: rewrites the text, or attaches the citation. */
      applyFix: (findingId: string, fixIndex: number) => ReturnType;
      /** Dismisses a finding for a reason, stored in the document as a `factmarkDismissed` mark. */
      dismissFinding: (findingId: string, reason: string) => ReturnType;
      /** Attaches a citation to a range, by default the selection. */
      attachCitation: (citation: Citation, range?: { from: number; to: number }) => ReturnType;
    };
  }
}

/** A mark attribute kept in a `data-*` HTML attribute, left out of the HTML when empty. */
const dataAttribute = (attribute: string, key: string, fallback: string | null = null) => ({
  default: fallback,
  parseHTML: (element: HTMLElement) => element.getAttribute(attribute) ?? fallback,
  renderHTML: (attributes: Record<string, unknown>) => (attributes[key] === null || attributes[key] === undefined ? {} : { [attribute]: attributes[key] }),
});

/**
 * The `citation` mark as a Tiptap extension, the same mark as `citationMark` in
 * `@factmark/prosemirror` (attributes `sourceId`, `url`, `date`, `claimId`; rendered as
 * `<cite data-citation …>`). {@link Factmark} adds it; add it yourself only without Factmark.
 */
export const FactmarkCitation = Mark.create({
  name: CITATION_MARK,
  inclusive: false,
  addAttributes() {
    return {
      sourceId: dataAttribute("data-source-id", "sourceId"),
      url: dataAttribute("data-url", "url"),
      date: dataAttribute("data-date", "date"),
      claimId: dataAttribute("data-claim-id", "claimId"),
    };
  },
  parseHTML() {
    return [{ tag: "cite[data-citation][data-source-id]" }, { tag: "span[data-citation][data-source-id]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["cite", mergeAttributes({ "data-citation": "" }, HTMLAttributes), 0];
  },
});

/**
 * The `factmarkDismissed` mark as a Tiptap extension, the same mark as `factmarkDismissedMark`
 * (attributes `rule` and `reason`; one per rule can cover the same text). {@link Factmark} adds it.
 */
export const FactmarkDismissed = Mark.create({
  name: DISMISSED_MARK,
  inclusive: false,
  excludes: "",
  addAttributes() {
    return {
      rule: dataAttribute("data-factmark-dismissed", "rule"),
      reason: dataAttribute("data-reason", "reason", ""),
    };
  },
  parseHTML() {
    return [{ tag: "span[data-factmark-dismissed]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["span", HTMLAttributes, 0];
  },
});

// Tiptap hands commands a state whose `tr` is the chain's shared transaction and a dispatch that
// is absent on a dry run (`editor.can()`), which is what ProseMirror commands expect.
const wrap =
  (command: ProseMirrorCommand) =>
  ({ state, dispatch, view }: { state: Parameters<ProseMirrorCommand>[0]; dispatch: Parameters<ProseMirrorCommand>[1]; view: Parameters<ProseMirrorCommand>[2] }) =>
    command(state, dispatch, view);

/**
 * The factmark plugin as a Tiptap 3 extension: `Factmark.configure(options)` takes the plugin's
 * options, adds the `citation` and `factmarkDismissed` marks, and the commands `nextFinding`,
 * `previousFinding`, `applyFix`, `dismissFinding` and `attachCitation`. Read the findings with
 * `factmarkKey.getState(editor.state)`.
 *
 * @example
 * import { Editor } from "@tiptap/core";
 * import StarterKit from "@tiptap/starter-kit";
 * import { Factmark } from "@factmark/prosemirror/tiptap";
 * const editor = new Editor({ extensions: [StarterKit, Factmark.configure({ registry, date: "2024-05-04" })] });
 * editor.commands.nextFinding();
 */
export const Factmark = Extension.create<FactmarkOptions>({
  name: "factmark",
  addOptions() {
    // No usable default: factmark() names what is missing when configure() was not given a registry.
    return { registry: undefined as unknown as FactmarkOptions["registry"], date: undefined as unknown as FactmarkOptions["date"] };
  },
  addExtensions() {
    return [FactmarkCitation, FactmarkDismissed];
  },
  addProseMirrorPlugins() {
    return [factmark(this.options)];
  },
  addCommands() {
    return {
      nextFinding: () => wrap(nextFinding()),
      previousFinding: () => wrap(previousFinding()),
      applyFix: (findingId: string, fixIndex: number) => wrap(applyFix(findingId, fixIndex)),
      dismissFinding: (findingId: string, reason: string) => wrap(dismissFinding(findingId, reason)),
      attachCitation: (citation: Citation, range?: { from: number; to: number }) => wrap(attachCitation(citation, range)),
    };
  },
});

export { factmarkKey } from "./plugin.js";
export type { EditorFinding, FactmarkOptions, FactmarkState } from "./plugin.js";
