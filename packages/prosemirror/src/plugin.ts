import { type Finding, FactmarkError, Registry, type RulesConfig, isValidIsoDate } from "@factmark/core";
import { type EditorState, Plugin, PluginKey, type Transaction } from "prosemirror-state";
import type { Mapping } from "prosemirror-transform";
import { Decoration, DecorationSet, type EditorView } from "prosemirror-view";
import { type CheckContext, type CheckPath, type DocumentCheck, checkDocument } from "./check-document.js";
import { FactmarkView, openCardAtSelection } from "./view.js";
import { labels } from "./messages.js";

/** A finding in document positions, with a stable id for commands and the DOM. `from`/`to` are ProseMirror document positions. */
export interface EditorFinding extends Finding {
  /** Unique within the editor; kept while the finding stays put as the document changes around it. */
  id: string;
}

/** Options of the {@link factmark} plugin. */
export interface FactmarkOptions {
  /** The registry figures are judged against; replaceable later with {@link setFactmarkRegistry}. */
  registry: Registry;
  /**
   * The document date, YYYY-MM-DD, or a function of the editor state that returns it (for a
   * dateline in the document). The function runs on every transaction with the new state (read
   * its `doc`); later, a result that is not a date is ignored, the previous date kept and the
   * problem reported in {@link FactmarkState.problem}, but on the first state it throws a
   * `FactmarkError`. {@link setFactmarkDate} overrides both.
   */
  date: string | ((state: EditorState) => string);
  /** Rule settings by id: "off", a severity, or [severity, options]. @default every rule at its default severity */
  rules?: RulesConfig;
  /** Called with the visible findings when the editor view starts and after each change of findings (for a sidebar). */
  onFindings?: (findings: readonly EditorFinding[], state: EditorState) => void;
  /**
   * The hover card: `false` for none; an object to handle its "Attach a source" button, which is
   * shown only when `onAttachSource` is given, and to name the page's sticky or fixed bars
   * (`avoid`: a toolbar along the top, a bar along the bottom) that the card must never cover.
   * @default true
   */
  tooltip?: boolean | { onAttachSource?: (finding: EditorFinding, view: EditorView) => void; avoid?: () => readonly Element[] };
}

/** The plugin's state, read with `factmarkKey.getState(state)`. */
export interface FactmarkState {
  /** Visible findings, sorted by position. */
  findings: readonly EditorFinding[];
  /** Findings hidden by a `factmarkDismissed` mark for their rule, sorted by position. */
  dismissed: readonly EditorFinding[];
  registry: Registry;
  /** The document date the findings were made at (YYYY-MM-DD). */
  date: string;
  rules: RulesConfig | undefined;
  /** The decorations drawn for `findings`. */
  decorations: DecorationSet;
  /** Why the date function's last result was not used, when it was not a date. */
  problem: string | undefined;
  /** How the last change was checked: `unchanged` (the findings stand), `incremental` (the rules ran again on the edited textblocks) or `full` (every rule on every textblock). */
  path: CheckPath;
}

interface InternalState extends FactmarkState {
  check: DocumentCheck;
  /** A date set with setFactmarkDate, which wins over the option. */
  dateOverride: string | undefined;
  nextId: number;
}

interface Meta {
  registry?: Registry;
  date?: string;
}

/** The key of the factmark plugin: `factmarkKey.getState(state)` gives its {@link FactmarkState}. */
export const factmarkKey = new PluginKey<FactmarkState>("factmark");

let instances = 0;

/**
 * Creates the factmark plugin: it checks the figures in the document as the writer types, keeps
 * the findings in its state ({@link factmarkKey}), draws them as inline decorations and explains
 * them in a hover card. Each transaction re-reads only the textblocks it touched and runs the
 * whole-document rules on cached mentions. Throws a `FactmarkError` for a missing registry or a
 * date that is not YYYY-MM-DD.
 *
 * @example
 * import { factmark, addFactmarkMarks } from "@factmark/prosemirror";
 * import { defaultRegistry } from "@factmark/dataset-gaza";
 * const schema = new Schema(addFactmarkMarks({ nodes: basic.spec.nodes, marks: basic.spec.marks }));
 * const state = EditorState.create({ schema, plugins: [factmark({ registry: defaultRegistry(), date: "2024-05-04" })] });
 * new EditorView(document.querySelector("#editor"), { state });
 */
export function factmark(options: FactmarkOptions): Plugin<FactmarkState> {
  checkOptions(options);
  const prefix = `fm${++instances}`;
  const dateOf = (state: EditorState, previous: string | undefined): { date: string; problem: string | undefined } => {
    if (typeof options.date === "string") return { date: options.date, problem: undefined };
    let value: unknown;
    try {
      value = options.date(state);
    } catch (error) {
      return keepDate(previous, `the date function threw: ${(error as Error).message}`);
    }
    if (typeof value === "string" && isValidIsoDate(value)) return { date: value, problem: undefined };
    return keepDate(previous, `the date function returned ${JSON.stringify(value)}; expected a date YYYY-MM-DD, for example "2024-05-04"`);
  };
  const build = (state: EditorState, context: CheckContext, previous: InternalState | undefined, mapping: Mapping | undefined, extra: Pick<InternalState, "dateOverride" | "problem">): InternalState => {
    const check = checkDocument(state.doc, context, previous?.check);
    let nextId = previous?.nextId ?? 0;
    // A new finding takes the id of a previous finding of its rule that mapped onto its place, else a new one.
    if (check.fresh.length > 0) {
      const all = [...check.findings, ...check.dismissed];
      const ids = previousIds(previous, mapping, new Set(all.filter((f) => f.id).map((f) => f.id)));
      for (const f of all) if (!f.id) f.id = ids.get(`${f.ruleId}\n${f.from}\n${f.to}`)?.shift() ?? `${prefix}-${++nextId}`;
    }
    // The same findings keep the same list, so the view tells `onFindings` only of a change.
    const findings = kept(previous?.findings, check.findings);
    const dismissed = kept(previous?.dismissed, check.dismissed);
    const decorations = previous && mapping && samePlaces(previous.findings, findings, mapping) ? previous.decorations.map(mapping, state.doc) : drawFindings(state, findings);
    return { findings, dismissed, registry: context.registry, date: context.date, rules: context.rules, decorations, path: check.path, check, nextId, ...extra };
  };
  return new Plugin<FactmarkState>({
    key: factmarkKey,
    state: {
      init(_config, state) {
        const { date, problem } = dateOf(state, undefined);
        if (problem) throw new FactmarkError("invalid-date", `factmark: ${problem}`);
        return build(state, { registry: options.registry, date, rules: options.rules }, undefined, undefined, { dateOverride: undefined, problem: undefined });
      },
      apply(tr, value, _old, state) {
        const previous = value as InternalState;
        const meta = tr.getMeta(factmarkKey) as Meta | undefined;
        const registry = meta?.registry ?? previous.registry;
        const dateOverride = meta?.date ?? previous.dateOverride;
        const { date, problem } = dateOverride !== undefined ? { date: dateOverride, problem: undefined } : dateOf(state, previous.date);
        if (!tr.docChanged && registry === previous.registry && date === previous.date) {
          return problem === previous.problem && dateOverride === previous.dateOverride ? previous : { ...previous, problem, dateOverride };
        }
        return build(state, { registry, date, rules: previous.rules }, previous, tr.mapping, { dateOverride, problem });
      },
    },
    props: {
      decorations(state) {
        return factmarkKey.getState(state)?.decorations;
      },
      handleKeyDown(view, event) {
        // Alt-Enter, or Mod-Alt-F (read from the key's position: Alt changes the character on macOS).
        const opens = (event.key === "Enter" && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) || (event.code === "KeyF" && event.altKey && (event.ctrlKey || event.metaKey));
        return opens ? openCardAtSelection(view) : false;
      },
    },
    view(view) {
      return new FactmarkView(view, options);
    },
  });
}

function keepDate(previous: string | undefined, problem: string): { date: string; problem: string } {
  return { date: previous ?? "", problem };
}

function checkOptions(options: FactmarkOptions): void {
  if (typeof options !== "object" || options === null) {
    throw new FactmarkError("invalid-config", `factmark(options): expected an options object, received ${options === null ? "null" : typeof options}; for example factmark({ registry: defaultRegistry(), date: "2024-05-04" })`);
  }
  if (!isRegistry(options.registry)) {
    throw new FactmarkError("invalid-config", `factmark(options): options.registry is ${describe(options.registry)}; expected a Registry, for example defaultRegistry() from @factmark/dataset-gaza or Registry.from(data) from @factmark/core`);
  }
  if (typeof options.date === "string") {
    if (!isValidIsoDate(options.date)) throw new FactmarkError("invalid-date", `factmark(options): options.date is "${options.date}"; expected a date YYYY-MM-DD, for example "2024-05-04"`);
  } else if (typeof options.date !== "function") {
    throw new FactmarkError("invalid-date", `factmark(options): options.date is ${describe(options.date)}; expected a date YYYY-MM-DD ("2024-05-04") or a function of the editor state returning one`);
  }
}

function isRegistry(value: unknown): value is Registry {
  // Duck-typed as well, so a registry built by another copy of @factmark/core is accepted.
  return value instanceof Registry || (typeof value === "object" && value !== null && typeof (value as Registry).valueAt === "function" && typeof (value as Registry).findSeries === "function");
}

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  return typeof value === "object" ? `an object without the Registry methods` : `${typeof value} ${JSON.stringify(value)}`;
}

/** Ids of the previous findings by rule and mapped position, but for those in `taken`, so a finding that only moved keeps its id. */
function previousIds(previous: InternalState | undefined, mapping: Mapping | undefined, taken: ReadonlySet<string>): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  if (!previous) return ids;
  for (const f of [...previous.findings, ...previous.dismissed]) {
    if (taken.has(f.id)) continue;
    const from = mapping ? mapping.map(f.from, 1) : f.from;
    const to = mapping ? mapping.map(f.to, -1) : f.to;
    const key = `${f.ruleId}\n${from}\n${to}`;
    const list = ids.get(key);
    if (list) list.push(f.id);
    else ids.set(key, [f.id]);
  }
  return ids;
}

/** `before` when `after` holds the same finding objects in the same order, else `after`. */
function kept(before: readonly EditorFinding[] | undefined, after: readonly EditorFinding[]): readonly EditorFinding[] {
  return before && before.length === after.length && before.every((f, i) => f === after[i]) ? before : after;
}

function samePlaces(before: readonly EditorFinding[], after: readonly EditorFinding[], mapping: Mapping): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a.id !== b.id || a.severity !== b.severity || b.from !== mapping.map(a.from, 1) || b.to !== mapping.map(a.to, -1)) return false;
  }
  return true;
}

/** The id of the visually hidden element describing a finding (its `aria-describedby` target). */
export function descriptionId(findingId: string): string {
  return `${findingId}-description`;
}

function drawFindings(state: EditorState, findings: readonly EditorFinding[]): DecorationSet {
  const decorations = findings
    .filter((f) => f.to > f.from)
    .map((f) =>
      Decoration.inline(
        f.from,
        f.to,
        {
          // A node name of its own gives each finding its own span: without it ProseMirror merges
          // the attributes of findings over the same words into one span, and all but one lose
          // their data-rule.
          nodeName: "span",
          class: `fm-finding fm-${f.ruleId} fm-${f.severity}`,
          "data-rule": f.ruleId,
          "data-severity": f.severity,
          "data-finding-id": f.id,
          "aria-describedby": descriptionId(f.id),
        },
        { findingId: f.id },
      ),
    );
  // One severity marker where findings end, the gravest of those ending there: two findings on the
  // same words show one icon. It is a widget after the words, not a pseudo-element of each span,
  // and its CSS puts a word joiner before the icon so a line never breaks between word and icon.
  const ends = new Map<number, EditorFinding["severity"]>();
  for (const f of findings) {
    if (f.to <= f.from) continue;
    const before = ends.get(f.to);
    if (!before || SEVERITY_RANK[f.severity] > SEVERITY_RANK[before]) ends.set(f.to, f.severity);
  }
  const markers = [...ends].map(([pos, severity]) =>
    Decoration.widget(
      pos,
      (view) => {
        const marker = view.dom.ownerDocument.createElement("span");
        marker.className = `fm-marker fm-${severity}`;
        marker.setAttribute("aria-hidden", "true");
        return marker;
      },
      { side: -1, key: `fm-marker-${severity}`, ignoreSelection: true },
    ),
  );
  return DecorationSet.create(state.doc, [...decorations, ...markers]);
}

const SEVERITY_RANK: Record<EditorFinding["severity"], number> = { info: 0, warning: 1, error: 2 };

/** The describing sentence for a finding, as screen readers read it. */
export function describeFinding(finding: EditorFinding): string {
  return labels.describe(finding.severity, finding.ruleId, finding.message);
}

/**
 * Sets a new registry on a transaction (for example when the server pushed a new figure): the
 * document is checked against it when the transaction is applied. Returns the transaction.
 */
export function setFactmarkRegistry(tr: Transaction, registry: Registry): Transaction {
  if (!isRegistry(registry)) throw new FactmarkError("invalid-config", `setFactmarkRegistry: registry is ${describe(registry)}; expected a Registry, for example Registry.from(data)`);
  return tr.setMeta(factmarkKey, { ...(tr.getMeta(factmarkKey) as Meta | undefined), registry });
}

/**
 * Sets the document date (YYYY-MM-DD) on a transaction (the dateline changed): it replaces the
 * `date` option from then on, and the document is checked at it. Returns the transaction; throws
 * a `FactmarkError` for a value that is not a date.
 */
export function setFactmarkDate(tr: Transaction, date: string): Transaction {
  if (typeof date !== "string" || !isValidIsoDate(date)) throw new FactmarkError("invalid-date", `setFactmarkDate: date is ${JSON.stringify(date)}; expected a date YYYY-MM-DD, for example "2024-05-04"`);
  return tr.setMeta(factmarkKey, { ...(tr.getMeta(factmarkKey) as Meta | undefined), date });
}
