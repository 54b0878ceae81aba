/** The id of a toolbar button: its `data-command`, and the key of its command in `toolbarCommands`. */
export type ToolbarId =
  | "undo"
  | "redo"
  | "paragraph"
  | "heading-2"
  | "heading-3"
  | "blockquote"
  | "bullet-list"
  | "ordered-list"
  | "bold"
  | "italic"
  | "link"
  | "previous-finding"
  | "next-finding";

/** One toolbar button as it is drawn: its id, label and shortcut. Its command comes with the editing module. */
export interface ToolbarItem {
  id: ToolbarId;
  label: string;
  /** Shown on the button (a glyph or a short word); the label is its accessible name. */
  text: string;
  /** The shortcut as written in the tooltip ("Mod-B" reads as Ctrl-B or ⌘B). */
  shortcut?: string;
  /** Whether the button is a toggle, pressed when the selection has its format. */
  toggle?: true;
}

/**
 * The formatting toolbar, in display order, in groups. It is drawn with the page; its buttons
 * work once the editing commands have loaded (see `toolbarCommands` in editing.ts).
 */
export const TOOLBAR: readonly (readonly ToolbarItem[])[] = [
  [
    { id: "undo", label: "Undo", text: "↶", shortcut: "Mod-Z" },
    { id: "redo", label: "Redo", text: "↷", shortcut: "Shift-Mod-Z" },
  ],
  [
    { id: "paragraph", label: "Paragraph", text: "¶", shortcut: "Shift-Ctrl-0", toggle: true },
    { id: "heading-2", label: "H2 heading", text: "H2", shortcut: "Shift-Ctrl-2", toggle: true },
    { id: "heading-3", label: "H3 subheading", text: "H3", shortcut: "Shift-Ctrl-3", toggle: true },
    { id: "blockquote", label: "Quote", text: "“”", shortcut: "Ctrl->", toggle: true },
    { id: "bullet-list", label: "Bulleted list", text: "•", shortcut: "Shift-Ctrl-8", toggle: true },
    { id: "ordered-list", label: "1. Numbered list", text: "1.", shortcut: "Shift-Ctrl-9", toggle: true },
  ],
  [
    { id: "bold", label: "Bold", text: "B", shortcut: "Mod-B", toggle: true },
    { id: "italic", label: "Italic", text: "I", shortcut: "Mod-I", toggle: true },
    { id: "link", label: "Link", text: "Link", shortcut: "Mod-K", toggle: true },
  ],
  [
    { id: "previous-finding", label: "Previous finding", text: "▲", shortcut: "Shift-F8" },
    { id: "next-finding", label: "Next finding", text: "▼", shortcut: "F8" },
  ],
];

/** A shortcut for people: "Mod" becomes ⌘ on a Mac and Ctrl elsewhere. */
export function formatShortcut(shortcut: string, mac: boolean): string {
  return shortcut.replace(/Mod/g, mac ? "⌘" : "Ctrl").replace(/-(?=.)/g, "+");
}
