import { nextFinding, previousFinding } from "@factmark/prosemirror";
import { baseKeymap, chainCommands, exitCode, setBlockType, toggleMark, wrapIn } from "prosemirror-commands";
import { history, redo, undo } from "prosemirror-history";
import { ellipsis, emDash, inputRules, smartQuotes, textblockTypeInputRule, wrappingInputRule } from "prosemirror-inputrules";
import { keymap } from "prosemirror-keymap";
import type { MarkType, NodeType } from "prosemirror-model";
import { liftListItem, sinkListItem, splitListItem, wrapInList } from "prosemirror-schema-list";
import type { Command, EditorState, Plugin } from "prosemirror-state";
import { articleSchema } from "./schema.js";
import type { ToolbarId } from "./toolbar.js";

const nodes = articleSchema.nodes;
const marks = articleSchema.marks;

/** What a toolbar button does, and how to tell its format is active (the button is pressed). */
export interface ToolbarCommand {
  command: Command;
  /** True when the selection already has this format. */
  active?: (state: EditorState) => boolean;
}

function markActive(type: MarkType): (state: EditorState) => boolean {
  return (state) => {
    const { from, $from, to, empty } = state.selection;
    if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()));
    return state.doc.rangeHasMark(from, to, type);
  };
}

function blockActive(type: NodeType, attrs: Record<string, unknown> = {}): (state: EditorState) => boolean {
  return (state) => {
    const { $from, to } = state.selection;
    return to <= $from.end() && $from.parent.hasMarkup(type, { ...$from.parent.attrs, ...attrs }) && $from.parent.type === type;
  };
}

function wrappedIn(type: NodeType): (state: EditorState) => boolean {
  return (state) => {
    const { $from } = state.selection;
    for (let depth = $from.depth; depth > 0; depth--) if ($from.node(depth).type === type) return true;
    return false;
  };
}

const insertHardBreak: Command = chainCommands(exitCode, (state, dispatch) => {
  dispatch?.(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
  return true;
});

/** The command of each toolbar button (see `TOOLBAR` in toolbar.ts); `openLink` is the command of the link button. */
export function toolbarCommands(openLink: Command): Record<ToolbarId, ToolbarCommand> {
  return {
    undo: { command: undo },
    redo: { command: redo },
    paragraph: { command: setBlockType(nodes.paragraph), active: blockActive(nodes.paragraph) },
    "heading-2": { command: setBlockType(nodes.heading, { level: 2 }), active: blockActive(nodes.heading, { level: 2 }) },
    "heading-3": { command: setBlockType(nodes.heading, { level: 3 }), active: blockActive(nodes.heading, { level: 3 }) },
    blockquote: { command: wrapIn(nodes.blockquote), active: wrappedIn(nodes.blockquote) },
    "bullet-list": { command: wrapInList(nodes.bullet_list), active: wrappedIn(nodes.bullet_list) },
    "ordered-list": { command: wrapInList(nodes.ordered_list), active: wrappedIn(nodes.ordered_list) },
    bold: { command: toggleMark(marks.strong), active: markActive(marks.strong) },
    italic: { command: toggleMark(marks.em), active: markActive(marks.em) },
    link: { command: openLink, active: markActive(marks.link) },
    "previous-finding": { command: previousFinding() },
    "next-finding": { command: nextFinding() },
  };
}

/**
 * The editing plugins: history, input rules (smart quotes, dashes, "# " headings, "> " quotes,
 * "- " and "1. " lists), the article keymap (formatting, lists, hard breaks, undo, F8 and
 * Shift-F8 between findings, Mod-K for a link) and ProseMirror's base keymap.
 */
export function editingPlugins(openLink: Command): Plugin[] {
  const keys: Record<string, Command> = {
    "Mod-z": undo,
    "Shift-Mod-z": redo,
    "Mod-y": redo,
    "Mod-b": toggleMark(marks.strong),
    "Mod-B": toggleMark(marks.strong),
    "Mod-i": toggleMark(marks.em),
    "Mod-I": toggleMark(marks.em),
    "Mod-`": toggleMark(marks.code),
    "Mod-k": openLink,
    "Shift-Ctrl-0": setBlockType(nodes.paragraph),
    "Shift-Ctrl-1": setBlockType(nodes.heading, { level: 1 }),
    "Shift-Ctrl-2": setBlockType(nodes.heading, { level: 2 }),
    "Shift-Ctrl-3": setBlockType(nodes.heading, { level: 3 }),
    "Ctrl->": wrapIn(nodes.blockquote),
    "Shift-Ctrl-8": wrapInList(nodes.bullet_list),
    "Shift-Ctrl-9": wrapInList(nodes.ordered_list),
    Enter: splitListItem(nodes.list_item),
    "Mod-[": liftListItem(nodes.list_item),
    "Mod-]": sinkListItem(nodes.list_item),
    "Shift-Enter": insertHardBreak,
    "Mod-Enter": insertHardBreak,
    F8: nextFinding(),
    "Shift-F8": previousFinding(),
  };
  const rules = inputRules({
    rules: [
      ...smartQuotes,
      ellipsis,
      emDash,
      wrappingInputRule(/^\s*>\s$/, nodes.blockquote),
      wrappingInputRule(/^\s*([-+*])\s$/, nodes.bullet_list),
      wrappingInputRule(/^(\d+)\.\s$/, nodes.ordered_list, (match) => ({ order: Number(match[1]) }), (match, node) => node.childCount + Number(node.attrs.order) === Number(match[1])),
      textblockTypeInputRule(/^(#{1,3})\s$/, nodes.heading, (match) => ({ level: match[1]!.length })),
    ],
  });
  return [history(), rules, keymap(keys), keymap(baseKeymap)];
}
