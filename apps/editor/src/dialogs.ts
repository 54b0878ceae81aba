import type { Citation, Conflict, Registry, Source } from "@factmark/core";
import { attachCitation } from "@factmark/prosemirror";
import type { EditorView } from "prosemirror-view";
import { isIsoDate } from "./article.js";
import { articleSchema } from "./schema.js";
import { type FigureFinding, type SourceMatch, searchSources, sourcesForFigure } from "./sources.js";

const SOURCE_TYPE_NAMES: Record<Source["type"], string> = {
  "official-body": "official body",
  military: "military",
  intergovernmental: "intergovernmental body",
  ngo: "NGO",
  "news-agency": "news agency",
  "news-outlet": "news outlet",
  "party-statement": "party statement",
  "anonymous-official": "anonymous official",
  dataset: "dataset",
  research: "research",
  other: "other",
};

function isUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** What the source picker needs from the app. */
export interface SourcePickerContext {
  view: () => EditorView;
  registry: () => Registry;
  documentDate: () => string;
  announce: (message: string) => void;
  /** The findings in the editor: those on the text being cited say whose count it likely is (see `sourcesForFigure`). */
  findings: () => readonly (FigureFinding & { from: number; to: number })[];
  /** The registered conflict the story is about, when it names one: the sources counting in it are listed next. */
  conflict: () => Conflict | undefined;
}

/**
 * The source picker: a modal dialog to search the registry's sources by name or alias and attach
 * a citation (source, publication date, URL) to a range of the document, listing first the
 * sources likely behind the figure there. A combobox over a listbox: arrow keys move through the
 * results, Enter attaches, Escape cancels; focus returns to the editor either way.
 */
export class SourcePicker {
  readonly #query: HTMLInputElement;
  readonly #results: HTMLUListElement;
  readonly #date: HTMLInputElement;
  readonly #url: HTMLInputElement;
  readonly #error: HTMLElement;
  readonly #target: HTMLElement;
  #matches: SourceMatch[] = [];
  #active = 0;
  #range: { from: number; to: number } | undefined;
  #prefer: readonly string[] = [];

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly context: SourcePickerContext,
  ) {
    dialog.innerHTML = `
      <form method="dialog" class="picker-form" novalidate>
        <h2 id="source-picker-title">Attach a source</h2>
        <p class="picker-target" id="source-target"></p>
        <label for="source-query">Search sources by name or alias</label>
        <input id="source-query" type="search" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="true" aria-controls="source-results" />
        <ul id="source-results" role="listbox" aria-label="Sources"></ul>
        <div class="picker-fields">
          <label for="source-date">Published</label>
          <input id="source-date" type="date" required />
          <label for="source-url">URL</label>
          <input id="source-url" type="url" placeholder="https://" />
        </div>
        <p class="picker-error" id="source-error" role="alert"></p>
        <div class="picker-actions">
          <button type="button" value="cancel" class="picker-cancel">Cancel</button>
          <button type="submit" value="attach" class="picker-attach" id="source-attach">Attach</button>
        </div>
      </form>`;
    this.#query = dialog.querySelector("#source-query")!;
    this.#results = dialog.querySelector("#source-results")!;
    this.#date = dialog.querySelector("#source-date")!;
    this.#url = dialog.querySelector("#source-url")!;
    this.#error = dialog.querySelector("#source-error")!;
    this.#target = dialog.querySelector("#source-target")!;
    this.#query.addEventListener("input", () => this.#search());
    this.#query.addEventListener("keydown", (event) => this.#onKey(event));
    dialog.querySelector(".picker-cancel")!.addEventListener("click", () => this.close());
    dialog.querySelector("form")!.addEventListener("submit", (event) => {
      event.preventDefault();
      this.#attach();
    });
    dialog.addEventListener("close", () => this.context.view().focus());
  }

  /** Opens the picker for `range` (default: the editor's selection). Returns false when the range is empty. */
  open(range?: { from: number; to: number }): boolean {
    const view = this.context.view();
    const { from, to } = range ?? view.state.selection;
    if (from === to) return false;
    this.#range = { from, to };
    this.#prefer = sourcesForFigure(
      this.context.registry(),
      this.context.findings().filter((finding) => finding.from < to && finding.to > from),
      this.context.conflict(),
    );
    this.#target.textContent = `For “${view.state.doc.textBetween(from, to, " ")}”`;
    this.#query.value = "";
    this.#date.value = this.context.documentDate();
    this.#url.value = "";
    this.#error.textContent = "";
    this.#search();
    this.dialog.showModal();
    this.#query.focus();
    return true;
  }

  /** Closes the picker without attaching anything. */
  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  #search(): void {
    this.#matches = searchSources(this.context.registry(), this.#query.value, { prefer: this.#prefer });
    this.#active = 0;
    this.#results.replaceChildren(
      ...this.#matches.map((match, index) => {
        const option = document.createElement("li");
        option.id = `source-option-${index}`;
        option.setAttribute("role", "option");
        option.dataset.sourceId = match.source.id;
        const name = document.createElement("span");
        name.className = "source-name";
        name.textContent = match.source.name;
        const detail = document.createElement("span");
        detail.className = "source-detail";
        detail.textContent = [SOURCE_TYPE_NAMES[match.source.type], match.source.party ? "party to the conflict" : undefined, match.viaAlias ? `matches “${match.matched}”` : undefined]
          .filter(Boolean)
          .join(" · ");
        option.append(name, detail);
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => this.#setActive(index));
        return option;
      }),
    );
    if (this.#matches.length === 0) {
      const empty = document.createElement("li");
      empty.className = "empty";
      empty.textContent = "No source matches that name.";
      this.#results.append(empty);
    }
    this.#setActive(0);
  }

  #setActive(index: number): void {
    this.#active = index;
    const options = this.#results.querySelectorAll<HTMLElement>("[role=option]");
    options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    const active = options[index];
    if (active) {
      this.#query.setAttribute("aria-activedescendant", active.id);
      active.scrollIntoView({ block: "nearest" });
      this.#url.placeholder = this.#matches[index]?.source.url ?? "https://";
    } else this.#query.removeAttribute("aria-activedescendant");
  }

  #onKey(event: KeyboardEvent): void {
    if (this.#matches.length === 0) return;
    if (event.key === "ArrowDown") this.#setActive((this.#active + 1) % this.#matches.length);
    else if (event.key === "ArrowUp") this.#setActive((this.#active - 1 + this.#matches.length) % this.#matches.length);
    else return;
    event.preventDefault();
  }

  #attach(): void {
    const match = this.#matches[this.#active];
    if (!match) {
      this.#error.textContent = "Choose a source first: type part of its name, then pick it from the list.";
      return;
    }
    const published = this.#date.value;
    if (!isIsoDate(published)) {
      this.#error.textContent = "Enter the date the source published the figure.";
      this.#date.focus();
      return;
    }
    const url = this.#url.value.trim() || match.source.url;
    if (url !== undefined && !isUrl(url)) {
      this.#error.textContent = `“${url}” is not a web address: use one that starts with https://`;
      this.#url.focus();
      return;
    }
    // A registered source's id, a checked date and a checked web address: the citation is passed
    // as trusted, so the editor's bundle needs no zod (see vite.config.ts).
    const citation: Citation = { source: match.source.id, published, ...(url ? { url } : {}) };
    const view = this.context.view();
    const range = this.#range;
    if (range && attachCitation(citation, range, { trusted: true })(view.state, view.dispatch, view)) {
      this.context.announce(`Cited ${match.source.name}.`);
    }
    this.close();
  }
}

/**
 * The link dialog: sets or removes a link on the selection. Opened by the toolbar's link button
 * and Mod-K; Escape cancels and focus returns to the editor.
 */
export class LinkDialog {
  readonly #url: HTMLInputElement;
  readonly #error: HTMLElement;
  #range: { from: number; to: number } | undefined;

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly view: () => EditorView,
  ) {
    dialog.innerHTML = `
      <form method="dialog" class="picker-form" novalidate>
        <h2 id="link-dialog-title">Link</h2>
        <label for="link-url">Address</label>
        <input id="link-url" type="url" placeholder="https://" required />
        <p class="picker-error" id="link-error" role="alert"></p>
        <div class="picker-actions">
          <button type="button" class="link-remove">Remove link</button>
          <button type="button" class="picker-cancel">Cancel</button>
          <button type="submit" class="picker-attach">Apply</button>
        </div>
      </form>`;
    this.#url = dialog.querySelector("#link-url")!;
    this.#error = dialog.querySelector("#link-error")!;
    dialog.querySelector(".picker-cancel")!.addEventListener("click", () => dialog.close());
    dialog.querySelector(".link-remove")!.addEventListener("click", () => this.#apply(undefined));
    dialog.querySelector("form")!.addEventListener("submit", (event) => {
      event.preventDefault();
      const url = this.#url.value.trim();
      if (!isUrl(url)) {
        this.#error.textContent = `“${url}” is not a web address: use one that starts with https://`;
        return;
      }
      this.#apply(url);
    });
    dialog.addEventListener("close", () => this.view().focus());
  }

  /** Opens the dialog for the selection; false when nothing is selected. */
  open(): boolean {
    const { state } = this.view();
    const { from, to, empty } = state.selection;
    if (empty) return false;
    this.#range = { from, to };
    let href = "";
    state.doc.nodesBetween(from, to, (node) => {
      const link = articleSchema.marks.link.isInSet(node.marks);
      if (link && !href) href = String(link.attrs.href);
    });
    this.#url.value = href;
    this.#error.textContent = "";
    this.dialog.showModal();
    this.#url.focus();
    return true;
  }

  #apply(url: string | undefined): void {
    const view = this.view();
    const range = this.#range;
    if (range) {
      const tr = view.state.tr.removeMark(range.from, range.to, articleSchema.marks.link);
      if (url) tr.addMark(range.from, range.to, articleSchema.marks.link.create({ href: url }));
      view.dispatch(tr);
    }
    this.dialog.close();
  }
}
