import "@factmark/prosemirror/style.css";
import "./style.css";
import { type Conflict, Registry, formatDate } from "@factmark/core";
import { type EditorFinding, applyFix, factmark, factmarkKey, fixesOf, setFactmarkDate, setFactmarkRegistry } from "@factmark/prosemirror";
import { EditorState, TextSelection, type Command, type Plugin, type Transaction } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { Node } from "prosemirror-model";
import { article as foundingArticle } from "virtual:founding-article";
import { loadDateReader } from "virtual:factmark-late-dates";
import { type Article, type ArticleFormat, type ArticleMeta, fileNameFor, formatOfFile, isIsoDate } from "./article.js";
import type { StoryConflict } from "./conflict.js";
import type { ChartPanel } from "./chart-panel.js";
import type { LinkDialog, SourcePicker } from "./dialogs.js";
import { clearDraft, loadDraft, saveDraft } from "./draft.js";
import type { ToolbarCommand } from "./editing.js";
import { HeldKeys } from "./held-keys.js";
import { TOOLBAR, type ToolbarId, type ToolbarItem, formatShortcut } from "./toolbar.js";
import { ui } from "./messages.js";
import { articleSchema } from "./schema.js";
import { detectService, fetchServiceRegistry, subscribeRegistryEvents } from "./service.js";
import type { DismissedFinding, FindingsSidebar, SidebarHandlers } from "./sidebar.js";

const $ = <T extends HTMLElement>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`the page has no ${selector}: index.html and main.ts disagree`);
  return found;
};

const mac = /Mac|iPhone|iPad/.test(navigator.platform);
const titleInput = $<HTMLTextAreaElement>("#doc-title");
const datelineInput = $<HTMLInputElement>("#doc-dateline");
const dateInput = $<HTMLInputElement>("#doc-date");
const status = $<HTMLElement>("#status");
const registryStatus = $<HTMLElement>("#registry-status");
const dateText = $<HTMLOutputElement>("#doc-date-text");
const conflictText = $<HTMLOutputElement>("#doc-conflict");
/** Reads which registered conflict the story is about, once its module has loaded (see {@link loadTools}). */
let storyConflict: StoryConflict | undefined;
/** The registered conflict the story was last read as being about. */
let currentConflict: Conflict | undefined;

/** Shows the story's date beside the date input in words ("4 May 2024"): the input's own display follows the browser's locale. */
function showDate(): void {
  dateText.textContent = isIsoDate(dateInput.value) ? formatDate(dateInput.value) : "";
}

/** Shows the registered conflict the story is about beside its date, as the checker reads the story at the date it checks at. */
function showConflict(state: EditorState): void {
  if (!storyConflict) return;
  const paragraphs: string[] = [];
  state.doc.descendants((node) => {
    if (!node.isTextblock) return true;
    paragraphs.push(node.textContent);
    return false;
  });
  const date = factmarkKey.getState(state)?.date ?? documentDate();
  const conflict = storyConflict.of(paragraphs, registry, date);
  currentConflict = conflict;
  conflictText.textContent = ui.storyConflict(conflict);
  conflictText.dataset.conflict = conflict?.id ?? "";
}

/** Today in the browser's time zone, `YYYY-MM-DD`: the date of a new story. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

function announce(message: string, kind: "info" | "error" = "info"): void {
  status.textContent = message;
  status.dataset.kind = kind;
}

// Until a registry arrives (from the newsroom service, or the bundled one loaded on demand) the
// story is shown without checks, and this empty one stands in for the source picker and the chart.
let registry: Registry = Registry.from({ version: 1, sources: [], actors: [], places: [], conflicts: [], series: [], claims: [] }, { trusted: true });
let registryLoaded = false;
let meta: ArticleMeta = { extra: {} };
let findings: readonly EditorFinding[] = [];

const documentDate = (): string => meta.date ?? today();

const sidebarHandlers: SidebarHandlers = {
  onSelect(finding) {
    const { state } = view;
    const to = Math.min(finding.to, state.doc.content.size);
    // Focus first: ProseMirror scrolls to a selection only when the browser's selection is in the editor.
    view.focus();
    view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, Math.min(finding.from, to), to)).scrollIntoView());
  },
  onRestore(finding) {
    const type = articleSchema.marks.factmarkDismissed;
    const tr = view.state.tr;
    view.state.doc.nodesBetween(finding.from, finding.to, (node) => {
      for (const mark of node.marks) if (mark.type === type && mark.attrs.rule === finding.ruleId) tr.removeMark(finding.from, finding.to, mark);
    });
    if (tr.docChanged) view.dispatch(tr);
    view.focus();
  },
  onFix(finding, index) {
    applyFix(finding.id, index)(view.state, view.dispatch, view);
    view.focus();
  },
  fixesOf: (finding) => fixesOf(finding, registry),
};
/** The findings list, once its module has loaded (see {@link loadTools}). */
let sidebar: FindingsSidebar | undefined;

let dialogsLoading: Promise<{ link: LinkDialog; picker: SourcePicker }> | undefined;
/** The link dialog and the source picker, built the first time one is needed: their module is not needed to show the story or check it. */
function dialogs(): Promise<{ link: LinkDialog; picker: SourcePicker }> {
  dialogsLoading ??= import("./dialogs.js").then(({ LinkDialog, SourcePicker }) => ({
    link: new LinkDialog($<HTMLDialogElement>("#link-dialog"), () => view),
    picker: new SourcePicker($<HTMLDialogElement>("#source-picker"), {
      view: () => view,
      registry: () => registry,
      documentDate,
      announce: (message) => announce(message),
      findings: () => findings,
      conflict: () => currentConflict,
    }),
  }));
  return dialogsLoading;
}
function failedToLoad(error: unknown): void {
  announce(`Could not load part of the editor: ${(error as Error).message}. Reload the page to try again.`, "error");
}
const openLink: Command = (state, dispatch) => {
  if (state.selection.empty) return false;
  if (dispatch) dialogs().then(({ link }) => link.open(), failedToLoad);
  return true;
};
/** Opens the source picker for `range` (default: the selection); false, and nothing opens, when the range is empty. */
function openPicker(range?: { from: number; to: number }): boolean {
  const { from, to } = range ?? view.state.selection;
  if (from === to) return false;
  dialogs().then(({ picker }) => picker.open({ from, to }), failedToLoad);
  return true;
}

/** The findings a dismissal hides, with the reason stored in the dismissal mark. */
function dismissedIn(state: EditorState): DismissedFinding[] {
  const type = articleSchema.marks.factmarkDismissed;
  return (factmarkKey.getState(state)?.dismissed ?? []).map((finding) => {
    let reason = "";
    state.doc.nodesBetween(finding.from, finding.to, (node) => {
      const mark = node.marks.find((candidate) => candidate.type === type && candidate.attrs.rule === finding.ruleId);
      if (mark && !reason) reason = String(mark.attrs.reason);
    });
    return { finding, reason };
  });
}

/** The editing plugins and the toolbar's commands, once their module has loaded (see {@link loadTools}). */
let editing: { plugins: Plugin[]; commands: Record<ToolbarId, ToolbarCommand> } | undefined;
// Until then, the keys only the editing plugins handle wait for them.
const heldKeys = new HeldKeys(() => void loadTools());

function createState(article: Article): EditorState {
  return EditorState.create({ doc: article.doc, plugins: [...(editing?.plugins ?? [heldKeys.plugin]), ...checkingPlugins(article.meta.date)] });
}

/** The factmark plugin, once there is a registry to check against. */
function checkingPlugins(date: string | undefined) {
  if (!registryLoaded) return [];
  return [
      factmark({
        registry,
        date: date ?? today(),
        onFindings(next, state) {
          findings = next;
          sidebar?.update(next, dismissedIn(state));
          showConflict(state);
          refreshChart();
        },
        // The card never covers the sticky toolbar.
        tooltip: { onAttachSource: (finding) => openPicker({ from: finding.from, to: finding.to }), avoid: () => [$("#toolbar")] },
      }),
  ];
}

/** True when the open story has changes that no file holds: "New" asks before replacing it. */
let unsaved = false;

let draftTimer: ReturnType<typeof setTimeout> | undefined;
function persistDraft(): void {
  clearTimeout(draftTimer);
  draftTimer = undefined;
  const error = saveDraft(localStorage, { doc: view.state.doc, meta }, new Date());
  if (error) announce(`Could not keep a draft in this browser: ${error.message}`, "error");
}
function scheduleDraft(): void {
  unsaved = true;
  clearTimeout(draftTimer);
  // Serialising a long story on every keystroke would cost more than it protects.
  draftTimer = setTimeout(persistDraft, 300);
}
addEventListener("pagehide", () => {
  if (draftTimer !== undefined) persistDraft();
});

const view = new EditorView($("#editor"), {
  state: EditorState.create({ schema: articleSchema }),
  attributes: { "aria-label": "Article body", "aria-multiline": "true", role: "textbox", spellcheck: "true" },
  dispatchTransaction(tr: Transaction) {
    view.updateState(view.state.apply(tr));
    if (tr.docChanged) scheduleDraft();
    afterUpdate();
  },
});

/** Replaces the open article (a file, a draft, the founding article or a new story). */
function openArticle(article: Article): void {
  meta = { ...article.meta, extra: { ...article.meta.extra } };
  titleInput.value = meta.title ?? "";
  datelineInput.value = meta.dateline ?? "";
  dateInput.value = meta.date ?? "";
  chartPanel?.reset();
  showDate();
  // A new state brings a new plugin view, which reports its first findings (none included) to
  // onFindings: that redraws the sidebar and the chart.
  view.updateState(createState({ doc: article.doc, meta }));
  afterUpdate();
}

function afterUpdate(): void {
  const { from, to } = view.state.selection;
  sidebar?.follow(from, to);
  chartPanel?.follow(from, to);
  renderToolbarState();
}

/** The chart panel, once its module has loaded (see {@link loadTools}). */
let chartPanel: ChartPanel | undefined;
function refreshChart(): void {
  chartPanel?.refresh();
}

// The toolbar: one button per command, pressed when its format is active, disabled when it cannot apply.
const toolbar = $<HTMLElement>("#toolbar");
// The sticky sidebar sits below the sticky toolbar, whose height changes as it wraps.
new ResizeObserver(() => document.documentElement.style.setProperty("--toolbar-height", `${toolbar.offsetHeight}px`)).observe(toolbar);
const toolbarButtons: { button: HTMLButtonElement; item: ToolbarItem }[] = [];
for (const group of TOOLBAR) {
  const wrapper = document.createElement("div");
  wrapper.className = "toolbar-group";
  wrapper.setAttribute("role", "group");
  for (const item of group) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = `tool tool-${item.id}`;
    button.dataset.command = item.id;
    // The glyph is decoration; the label is the name, so the two never disagree for assistive technology.
    const glyph = document.createElement("span");
    glyph.setAttribute("aria-hidden", "true");
    glyph.textContent = item.text;
    button.append(glyph);
    button.setAttribute("aria-label", item.label);
    button.title = item.shortcut ? `${item.label} (${formatShortcut(item.shortcut, mac)})` : item.label;
    if (item.shortcut) button.setAttribute("aria-keyshortcuts", formatShortcut(item.shortcut, false).replace("Ctrl", "Control"));
    // Keep the editor's selection: a mousedown on the button would otherwise take focus from it.
    button.addEventListener("mousedown", (event) => event.preventDefault());
    button.addEventListener("click", () => {
      editing?.commands[item.id].command(view.state, view.dispatch, view);
      if (!document.querySelector("dialog[open]")) view.focus();
    });
    toolbarButtons.push({ button, item });
    wrapper.append(button);
  }
  toolbar.append(wrapper);
}
const citeButton = document.createElement("button");
citeButton.type = "button";
citeButton.className = "tool tool-cite";
citeButton.dataset.command = "cite";
citeButton.textContent = "Cite a source…";
citeButton.title = "Attach a source to the selected figure";
citeButton.addEventListener("mousedown", (event) => event.preventDefault());
citeButton.addEventListener("click", () => {
  if (!openPicker()) announce(ui.noSelectionToCite);
});
// A disabled button says nothing by itself: the hint beside it says why, and is its description.
const citeHint = document.createElement("span");
citeHint.id = "cite-hint";
citeHint.className = "cite-hint";
citeHint.textContent = ui.citeHint;
citeButton.setAttribute("aria-describedby", citeHint.id);
const citeGroup = document.createElement("div");
citeGroup.className = "toolbar-group";
citeGroup.append(citeButton, citeHint);
toolbar.append(citeGroup);

function renderToolbarState(): void {
  const { state } = view;
  for (const { button, item } of toolbarButtons) {
    const { command, active } = editing?.commands[item.id] ?? {};
    button.disabled = !command?.(state, undefined, view);
    if (item.toggle) button.setAttribute("aria-pressed", String(active?.(state) ?? false));
  }
  citeButton.disabled = state.selection.empty;
  citeHint.hidden = !citeButton.disabled;
}

// The dateline: headline, place and the document date the figures are checked as of.
titleInput.addEventListener("keydown", (event) => {
  // A headline is one line: Enter moves on to the story.
  if (event.key === "Enter") {
    event.preventDefault();
    view.focus();
  }
});
titleInput.addEventListener("input", () => {
  if (titleInput.value.includes("\n")) titleInput.value = titleInput.value.replace(/\s*\n\s*/g, " ");
  meta.title = titleInput.value || undefined;
  if (meta.title === undefined) delete meta.title;
  scheduleDraft();
});
datelineInput.addEventListener("input", () => {
  meta.dateline = datelineInput.value || undefined;
  if (meta.dateline === undefined) delete meta.dateline;
  scheduleDraft();
});
dateInput.addEventListener("input", showDate);
dateInput.addEventListener("change", () => {
  showDate();
  const date = dateInput.value;
  if (!isIsoDate(date)) {
    announce("Enter the story's date: the figures are checked as of that day.", "error");
    return;
  }
  meta.date = date;
  view.dispatch(setFactmarkDate(view.state.tr, date));
  scheduleDraft();
  refreshChart();
});

// The Markdown reader and writer (markdown-it, yaml) load when a Markdown file is opened or saved,
// not before the first findings: the founding article arrives already read (see vite.config.ts).
function markdownModule(): Promise<typeof import("./markdown.js")> {
  return import("./markdown.js");
}
// The HTML reader and writer likewise, when an HTML file is opened or saved.
function htmlModule(): Promise<typeof import("./html.js")> {
  return import("./html.js");
}

// Files: open Markdown or HTML from disk, save either format as a download.
const fileInput = $<HTMLInputElement>("#file-input");
$("#file-open").addEventListener("click", () => fileInput.click());
fileInput.addEventListener("change", async () => {
  const file = fileInput.files?.[0];
  fileInput.value = "";
  if (!file) return;
  try {
    const format = formatOfFile(file.name);
    const text = await file.text();
    if (unsaved && !confirm(ui.confirmOpen(meta.title, file.name))) {
      announce(ui.newCancelled);
      return;
    }
    openArticle(format === "markdown" ? (await markdownModule()).parseMarkdownArticle(text) : (await htmlModule()).parseHtmlArticle(text));
    persistDraft();
    unsaved = false;
    announce(ui.opened(file.name));
  } catch (error) {
    announce(`Could not open ${file.name}: ${(error as Error).message}`, "error");
  }
});

async function download(format: ArticleFormat): Promise<void> {
  const article = { doc: view.state.doc, meta };
  const text = format === "markdown" ? (await markdownModule()).serializeMarkdownArticle(article) : (await htmlModule()).serializeHtmlArticle(article);
  const name = fileNameFor(meta, format);
  const url = URL.createObjectURL(new Blob([text], { type: format === "markdown" ? "text/markdown;charset=utf-8" : "text/html;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  unsaved = false;
  announce(ui.saved(name));
}
$("#file-save-md").addEventListener("click", () => void download("markdown").catch((error: unknown) => announce(`Could not save: ${(error as Error).message}`, "error")));
$("#file-save-html").addEventListener("click", () => void download("html").catch((error: unknown) => announce(`Could not save: ${(error as Error).message}`, "error")));
$("#file-new").addEventListener("click", () => {
  // The browser keeps one draft: a new story would replace it, so an unsaved story is never dropped without asking.
  if (unsaved && !confirm(ui.confirmNew(meta.title))) {
    announce(ui.newCancelled);
    return;
  }
  openArticle({ doc: articleSchema.topNodeType.createAndFill()!, meta: { date: today(), extra: {} } });
  unsaved = false;
  persistDraft();
  view.focus();
});

// The registry: bundled until the newsroom service answers, then the service's, kept current.
function showRegistry(kind: "bundled" | "service", version?: string, date?: string): void {
  registryStatus.dataset.registry = kind;
  // An ETag is quoted and may be weak (W/"7"); people read the version inside.
  version = version?.replace(/^W\//, "").replace(/^"(.*)"$/, "$1");
  registryStatus.textContent = kind === "bundled" ? ui.registryBundled(date) : ui.registryService(version);
}
function useRegistry(next: Registry): void {
  registry = next;
  if (!registryLoaded) {
    // The first registry: checking starts on the story as it stands, its history kept.
    registryLoaded = true;
    view.updateState(view.state.reconfigure({ plugins: [...view.state.plugins, ...checkingPlugins(meta.date)] }));
    performance.mark("factmark:first-findings");
    afterUpdate();
    // Once the first findings are on screen.
    requestAnimationFrame(() => setTimeout(loadTools, 0));
  } else view.dispatch(setFactmarkRegistry(view.state.tr, next));
  refreshChart();
}

/** The bundled registry, loaded on demand: a chunk of its own that a page served by the newsroom service never waits for. */
async function useBundledRegistry(): Promise<void> {
  const { bundledRegistry, bundledInfo } = await import("./bundled-registry.js");
  const bundled = bundledRegistry();
  performance.mark("factmark:registry-ready");
  useRegistry(bundled);
  showRegistry("bundled", undefined, bundledInfo.date);
  showAttribution(bundledInfo.attribution);
}

function showAttribution(attribution: string): void {
  $("#attribution").textContent = `Figures: ${attribution}`;
}
async function connectService(): Promise<void> {
  const base = location.origin;
  // Asked together: on a plain static server the registry request is a small wasted answer, on the service a round trip saved.
  const registryRequest = fetchServiceRegistry(base).then(
    (value) => ({ value, error: undefined }),
    (error: Error) => ({ value: undefined, error }),
  );
  const detected = await detectService(base);
  performance.mark("factmark:service-detected");
  if (!detected) return useBundledRegistry();
  let etag: string | undefined;
  try {
    const answer = await registryRequest;
    if (answer.error) throw answer.error;
    const first = answer.value;
    performance.mark("factmark:registry-ready");
    if (!first) return useBundledRegistry();
    etag = first.etag;
    useRegistry(first.registry);
    showRegistry("service", etag);
  } catch (error) {
    announce(`The newsroom service answered, but its registry could not be read: ${(error as Error).message}`, "error");
    return useBundledRegistry();
  }
  // The credit line for the figures comes with the bundled data; it is not needed to check, so it loads after.
  setTimeout(() => void import("./bundled-registry.js").then(({ bundledInfo }) => showAttribution(bundledInfo.attribution)), 0);
  let refreshing = Promise.resolve();
  // Fetched one after another, as events can arrive faster than a registry downloads; the ETag makes an unchanged registry a 304.
  const refresh = (changedClaims?: number): void => {
    refreshing = refreshing.then(async () => {
      try {
        const next = await fetchServiceRegistry(base, etag);
        if (!next) return;
        etag = next.etag;
        useRegistry(next.registry);
        showRegistry("service", etag);
        announce(ui.registryUpdated(changedClaims));
      } catch (error) {
        announce(`Could not refresh the registry: ${(error as Error).message}`, "error");
      }
    });
  };
  subscribeRegistryEvents(
    base,
    (event) => refresh(event.claims.length),
    (connected) => {
      if (!connected) {
        registryStatus.dataset.connection = "lost";
        return;
      }
      registryStatus.dataset.connection = "live";
      // Changes published before the stream opened, or while it was down, send no event: ask once on every (re)connection.
      refresh();
    },
  );
}

let toolsLoading: Promise<void> | undefined;
/**
 * Loads what the writer needs once the story is shown and checked: the findings list, the
 * story's conflict beside its date, the editing plugins and the toolbar's commands, the chart
 * panel and the dialogs. They load right
 * after the first findings are drawn in the text, or at the writer's first click or key if that
 * comes first, so neither the first paint nor the first findings wait for them. Until the editing
 * plugins arrive, typing goes to ProseMirror as usual and the keys only they handle are held for
 * them (see held-keys.ts).
 */
function loadTools(): Promise<void> {
  toolsLoading ??= Promise.all([
    import("./sidebar.js").then(({ FindingsSidebar }) => {
      sidebar = new FindingsSidebar($("#findings"), sidebarHandlers);
      sidebar.update(findings, dismissedIn(view.state));
      const { from, to } = view.state.selection;
      sidebar.follow(from, to);
    }),
    import("./conflict.js").then(({ StoryConflict }) => {
      storyConflict = new StoryConflict();
      showConflict(view.state);
    }),
    import("./chart-panel.js").then(({ ChartPanel }) => {
      chartPanel = new ChartPanel(
        { panel: $("#chart-panel"), figure: $("#chart"), hint: $("#chart-hint"), canvas: $("#chart-canvas"), caption: $("#chart-caption"), whole: $<HTMLButtonElement>("#chart-whole") },
        { registry: () => registry, findings: () => findings, documentDate },
      );
      const { from, to } = view.state.selection;
      chartPanel.follow(from, to);
      chartPanel.refresh();
    }),
    dialogs(),
    // chrono-node, for the dates core's own reader declines: the story is checked again with it,
    // against a registry of the same records (a new one, so every paragraph is read again; built
    // from the records as trusted data, already parsed, so the editor's bundle needs no zod).
    loadDateReader().then(() => {
      if (registryLoaded) useRegistry(Registry.from(registry.toData(), { trusted: true }));
    }),
    import("./editing.js").then(({ editingPlugins, toolbarCommands }) => {
      editing = { plugins: editingPlugins(openLink), commands: toolbarCommands(openLink) };
      // The editing plugins take the place of the stand-in that held keys for them, ahead of the checking plugin.
      view.updateState(view.state.reconfigure({ plugins: [...editing.plugins, ...view.state.plugins.filter((plugin) => plugin !== heldKeys.plugin)] }));
      heldKeys.release(view);
      renderToolbarState();
    }, (error: unknown) => {
      // Without the editing plugins, nothing is left to hold keys for.
      view.updateState(view.state.reconfigure({ plugins: view.state.plugins.filter((plugin) => plugin !== heldKeys.plugin) }));
      heldKeys.release(view);
      throw error;
    }),
  ]).then(() => undefined, failedToLoad);
  return toolsLoading;
}
for (const type of ["pointerdown", "keydown", "focusin"] as const) addEventListener(type, () => void loadTools(), { capture: true, once: true, passive: true });

// Start: the writer's draft when there is one, else the founding article, shown at once and checked when a registry arrives.
registryStatus.textContent = ui.registryLoading;
const draft = loadDraft(localStorage);
if (draft.kind === "draft") {
  openArticle(draft.article);
  unsaved = true;
  announce(ui.draftRestored);
} else {
  openArticle({ doc: Node.fromJSON(articleSchema, foundingArticle.doc), meta: foundingArticle.meta });
  if (draft.kind === "unreadable") {
    clearDraft(localStorage);
    announce(`${ui.draftUnreadable} (${draft.reason})`, "error");
  }
}
void connectService();
