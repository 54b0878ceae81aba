import { Plugin } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";

// Ctrl/⌘ with these letters is the browser's own: copy, cut, paste, select all.
const BROWSER_SHORTCUTS = new Set(["c", "x", "v", "a"]);

/**
 * Whether a key needs the editing keymap to mean what the writer expects: Enter in all its forms,
 * F8, and Ctrl/⌘ with a letter, digit or sign, but for copy, cut, paste and select all, which the
 * browser does. Typing, Backspace, Delete and the arrows work in ProseMirror without the keymap.
 */
export function needsKeymap(event: KeyboardEvent): boolean {
  if (event.isComposing) return false;
  if (event.key === "Enter" || event.key === "F8") return true;
  return (event.ctrlKey || event.metaKey) && event.key.length === 1 && !BROWSER_SHORTCUTS.has(event.key.toLowerCase());
}

/**
 * Stands in for the editing plugins (keymaps, input rules, history) while their module loads:
 * a key only they handle (see {@link needsKeymap}) is held, with every key pressed after it so
 * nothing happens out of order, and {@link HeldKeys.release} hands the held keys, in order, to
 * the plugins once they are in the editor. Typing before the first held key goes to ProseMirror
 * as usual.
 */
export class HeldKeys {
  readonly #events: KeyboardEvent[] = [];
  /** The plugin to put where the editing plugins will go. */
  readonly plugin: Plugin;

  /** `onHold` is called with each held key (to load the editing module at once). */
  constructor(onHold: () => void) {
    this.plugin = new Plugin({
      props: {
        handleKeyDown: (_view, event) => {
          if (this.#events.length === 0 && !needsKeymap(event)) return false;
          this.#events.push(event);
          onHold();
          return true;
        },
      },
    });
  }

  /** How many keys are held. */
  get size(): number {
    return this.#events.length;
  }

  /**
   * Replays the held keys on `view`, whose plugins no longer include {@link HeldKeys.plugin}: each
   * goes to the plugins' key handlers, and a character no handler takes is typed as ProseMirror
   * types it (through the input rules). A key that neither a handler takes nor types anything
   * (an arrow pressed after a held Enter) has no effect.
   */
  release(view: EditorView): void {
    for (const event of this.#events.splice(0)) {
      if (view.someProp("handleKeyDown", (handle) => handle(view, event))) continue;
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) continue;
      const { from, to } = view.state.selection;
      const insert = () => view.state.tr.insertText(event.key, from, to);
      if (!view.someProp("handleTextInput", (handle) => handle(view, from, to, event.key, insert))) view.dispatch(insert());
    }
  }
}
