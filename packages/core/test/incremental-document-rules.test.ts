import { existsSync, readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BlockFinding, type BlocksCheck, type ExtractedBlock, Registry, type Span, type World, checkBlocks, checkChangedBlocks, extractMentions, parseInput } from "../src/index.js";
import { type DocumentFacts, gatherFacts, updateFacts } from "../src/facts.js";
import { mayRegistry, readFoundingArticle, repoRoot } from "./helpers.js";

// An editor re-checks after every keystroke: a run after an edit keeps a document rule's findings
// (inconsistent-duration, phase-count-mismatch, anonymous-source) when the changed paragraph holds
// the same of what the rule reads. These tests type and delete one character at a time, as a
// writer does, and compare every step with a check from scratch.

const may = mayRegistry();
const mayData = JSON.parse(readFileSync(new URL("./fixtures/registry-may-2024.json", import.meta.url), "utf8"));
const wider = Registry.from(JSON.parse(readFileSync(new URL("./fixtures/registry/gaza-2024-05.json", import.meta.url), "utf8")));

interface Story {
  name: string;
  date: string;
  registry: Registry;
  blocks: { text: string; cited: Span[] }[];
}

function story(name: string, markdown: string, registry: Registry): Story {
  const doc = parseInput(markdown, "markdown");
  return { name, date: doc.date ?? "2024-06-20", registry, blocks: doc.blocks.map((b) => ({ text: b.text, cited: b.cited })) };
}

/** The founding article and the story fixtures that give the document rules something to compare. */
function stories(): Story[] {
  const out = [story("founding article", readFoundingArticle(), may)];
  for (const suite of ["stories", "negotiations"]) {
    const dir = `${repoRoot}packages/dataset-gaza/test/fixtures/${suite}`;
    for (const name of readdirSync(dir).sort()) {
      const path = `${dir}/${name}/input.md`;
      if (existsSync(path) && /^(duration|phase|anonymous|elapsed|clean-three|clean-two)/.test(name)) out.push(story(`${suite}/${name}`, readFileSync(path, "utf8"), wider));
    }
  }
  return out;
}

// Sentences whose letters, typed one by one, make, break and change durations, phase counts,
// anonymous sources, proposers and the war's start on the way.
const SENTENCES = [
  " The initial phase, lasting 42 days, would see hostages freed.",
  " An immediate six-week ceasefire would follow, Egyptian mediators said.",
  " The plan has a four-stage structure and a third phase.",
  " A senior Israeli official, speaking on condition of anonymity, said talks would resume.",
  " Officials said the war, which began on Oct. 7, had reached its eighth month.",
  " Qatar and Egypt presented the copy Hamas published, with a 30-day first phase.",
  " Talks went on through the night.",
  " Qatari and Egyptian mediators met the delegations in Cairo.",
];

/** Extraction kept by text, as an editor keeps it: unchanged paragraphs keep their block objects. */
function extractor(date: string, world: World): (text: string) => ExtractedBlock {
  const cache = new Map<string, ExtractedBlock>();
  return (text) => {
    let block = cache.get(text);
    if (!block) cache.set(text, (block = extractMentions(text, { date, world })));
    return block;
  };
}

/** Checks the story after each text in `versions` of paragraph `index`, incrementally and from scratch, and compares every step. */
function typeInto(s: Story, index: number, versions: readonly string[]): BlocksCheck {
  const options = { registry: s.registry, date: s.date };
  // Two separate caches: the check from scratch shares no block object, and so no per-block memo, with the incremental one.
  const incremental = extractor(s.date, s.registry.world());
  const scratch = extractor(s.date, s.registry.world());
  const texts = s.blocks.map((b) => b.text);
  const cited = s.blocks.map((b) => b.cited);
  let run = checkChangedBlocks(texts.map(incremental), cited, options);
  for (const text of versions) {
    texts[index] = text;
    cited[index] = [];
    run = checkChangedBlocks(texts.map(incremental), cited, { ...options, previous: run });
    expect(run.findings).toEqual(checkBlocks(texts.map(scratch), cited, options));
  }
  return run;
}

/** Every text on the way from typing `typed` at `at` in `text`, one character at a time, then deleting it again from its end. */
function keystrokes(text: string, at: number, typed: string): string[] {
  const out: string[] = [];
  for (let k = 1; k <= typed.length; k++) out.push(text.slice(0, at) + typed.slice(0, k) + text.slice(at));
  for (let k = typed.length - 1; k >= 0; k--) out.push(text.slice(0, at) + typed.slice(0, k) + text.slice(at));
  return out.map((t) => t.trim()).filter((t) => t.length > 0);
}

const ruleFindings = (run: BlocksCheck, ruleId: string): BlockFinding[] => run.findings.filter((f) => f.ruleId === ruleId);

describe("document rules after one keystroke at a time", () => {
  const all = stories();

  it("reads stories with durations, phase counts and anonymous sources", () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it("gives the same findings at every keystroke as checking every block from scratch", () => {
    fc.assert(
      fc.property(fc.nat(all.length - 1), fc.nat(), fc.nat(SENTENCES.length - 1), fc.option(fc.nat(), { nil: undefined }), (which, block, sentence, offset) => {
        const s = all[which]!;
        const index = block % s.blocks.length;
        const text = s.blocks[index]!.text;
        // At the end of the paragraph, as a writer adds a sentence, or anywhere in it.
        const at = offset === undefined ? text.length : offset % (text.length + 1);
        typeInto(s, index, keystrokes(text, at, SENTENCES[sentence]!));
      }),
      // Found once: typing into the founding article's proposals paragraph made "prisoners held" read
      // "... has held", a truce's lasted length, in the sentence of "40 days".
      { numRuns: 40, examples: [[0, 1269545774, 2, 2147483622]] },
    );
  }, 240_000);

  it("judges a duration again when another paragraph comes to name the proposal's backers", () => {
    // The length is held against the registered 42 days only once the story names a proposer;
    // the paragraph typed into holds no duration.
    const s: Story = {
      name: "proposers named later",
      date: "2024-05-10",
      registry: wider,
      blocks: [
        { text: "Talks resumed on Sunday.", cited: [] },
        { text: "The first phase of the truce would last 30 days, officials said.", cited: [] },
      ],
    };
    const typed = " Egyptian mediators presented the plan.";
    const run = typeInto(s, 0, keystrokes(s.blocks[0]!.text, s.blocks[0]!.text.length, typed).slice(0, typed.length));
    expect(ruleFindings(run, "inconsistent-duration").map((f) => f.block)).toEqual([1]);
  });

  it("judges a duration again when the words of its sentence change around it", () => {
    // "would last 30 days" is a term held against the registered 42; "lasted 30 days before it
    // collapsed" tells what a truce really lasted. The duration itself does not change.
    const s: Story = {
      name: "what a truce lasted",
      date: "2024-05-10",
      registry: wider,
      blocks: [
        { text: "Egyptian mediators presented the plan.", cited: [] },
        { text: "The first phase of the truce would last 30 days, officials said.", cited: [] },
      ],
    };
    const text = s.blocks[1]!.text;
    const at = text.indexOf(",");
    const typed = " before it collapsed";
    const before = typeInto(s, 1, []);
    expect(ruleFindings(before, "inconsistent-duration").map((f) => f.block)).toEqual([1]);
    const after = typeInto(s, 1, keystrokes(text, at, typed).slice(0, typed.length));
    expect(ruleFindings(after, "inconsistent-duration")).toEqual([]);
  });

  it("gives the same findings when a paragraph's words are deleted one character at a time", () => {
    fc.assert(
      fc.property(fc.nat(all.length - 1), fc.nat(), fc.nat(), (which, block, offset) => {
        const s = all[which]!;
        const index = block % s.blocks.length;
        const text = s.blocks[index]!.text;
        const at = offset % (text.length + 1);
        const versions: string[] = [];
        for (let end = at + 1; end <= Math.min(text.length, at + 60); end++) versions.push(text.slice(0, at) + text.slice(end));
        typeInto(s, index, versions.map((t) => t.trim()).filter((t) => t.length > 0));
      }),
      { numRuns: 40 },
    );
  }, 240_000);
});

describe("a document rule keeps its findings while the changed paragraph holds the same of what it reads", () => {
  const durations = story(
    "durations",
    [
      "---",
      "date: 2024-05-05",
      "---",
      "",
      "CAIRO — The proposal put forth by Egyptian mediators outlines a three-stage process that begins with an immediate six-week ceasefire, Al-Qahera News reported.",
      "",
      "The initial phase, lasting 40 days, would see female hostages released.",
      "",
      "A senior Israeli official, speaking on condition of anonymity, said the army was ready.",
      "",
    ].join("\n"),
    wider,
  );

  it("finds a duration disagreement, a phase count and an anonymous source in the story", () => {
    const run = checkChangedBlocks(durations.blocks.map((b) => extractMentions(b.text, { date: durations.date, world: durations.registry.world() })), durations.blocks.map((b) => b.cited), { registry: durations.registry, date: durations.date });
    expect(ruleFindings(run, "inconsistent-duration").map((f) => f.block)).toContain(1);
    expect(ruleFindings(run, "anonymous-source")).toHaveLength(1);
  });

  it("keeps the finding objects while plain words are typed into the paragraph with the duration", () => {
    const text = durations.blocks[1]!.text;
    const options = { registry: durations.registry, date: durations.date };
    const extract = extractor(durations.date, durations.registry.world());
    const texts = durations.blocks.map((b) => b.text);
    const cited = durations.blocks.map((b) => b.cited);
    const first = checkChangedBlocks(texts.map(extract), cited, options);
    let run = first;
    for (const version of keystrokes(text, text.length, " Talks went on through the night.").slice(0, 20)) {
      texts[1] = version;
      run = checkChangedBlocks(texts.map(extract), cited, { ...options, previous: run });
    }
    expect(texts[1]).not.toBe(text);
    for (const rule of ["inconsistent-duration", "phase-count-mismatch", "anonymous-source"]) {
      const before = ruleFindings(first, rule);
      const after = ruleFindings(run, rule);
      expect(after).toHaveLength(before.length);
      after.forEach((f, i) => expect(f).toBe(before[i]));
    }
  });

  it("checks the durations again when a keystroke changes one", () => {
    const typed = typeInto(durations, 1, keystrokes(durations.blocks[1]!.text, durations.blocks[1]!.text.indexOf("40"), "2").slice(0, 1));
    // "240 days" disagrees with the registry and with the six weeks, as "40 days" did, but it is another duration.
    const messages = ruleFindings(typed, "inconsistent-duration").filter((f) => f.block === 1).map((f) => f.message);
    expect(messages.some((m) => m.includes("240 days"))).toBe(true);
  });

  it("keeps the anonymous source's finding while the sentence after it is typed, and drops it when the source is deleted", () => {
    const text = durations.blocks[2]!.text;
    const run = typeInto(durations, 2, keystrokes(text, text.length, " Talks went on.").slice(0, 8));
    expect(ruleFindings(run, "anonymous-source")).toHaveLength(1);
    const from = text.indexOf("A senior");
    const to = text.indexOf("said the army") + "said ".length;
    const deleted = Array.from({ length: to - from }, (_, k) => text.slice(0, to - k - 1) + text.slice(to));
    const after = typeInto(durations, 2, deleted);
    expect(ruleFindings(after, "anonymous-source")).toHaveLength(0);
  });

  it("renumbers the document rules' findings and their related spans after an inserted paragraph", () => {
    const options = { registry: durations.registry, date: durations.date };
    const blocks = durations.blocks.map((b) => extractMentions(b.text, { date: durations.date, world: durations.registry.world() }));
    const cited = durations.blocks.map((b) => b.cited);
    const first = checkChangedBlocks(blocks, cited, options);
    const quiet = extractMentions("Talks went on through the night.", { date: durations.date, world: durations.registry.world() });
    const inserted = checkChangedBlocks([quiet, ...blocks], [[], ...cited], { ...options, previous: first });
    expect(inserted.findings).toEqual(checkBlocks([quiet, ...blocks], [[], ...cited], options));
    const related = ruleFindings(first, "inconsistent-duration").find((f) => f.related?.length);
    expect(related).toBeDefined();
    expect(ruleFindings(inserted, "inconsistent-duration")).toContainEqual({ ...related!, block: related!.block + 1, related: related!.related!.map((r) => ({ ...r, block: r.block + 1 })) });
  });
});

describe("a document rule runs again when the proposals it reads change", () => {
  // Two proposals on the table: Egypt and Qatar's (40 or 42 days for phase 1) and one from Israel (30 days).
  const twoProposals = Registry.from({
    ...mayData,
    claims: [
      ...mayData.claims,
      {
        kind: "phase",
        id: "israel-2024-05-p1",
        asOf: "2024-05-01",
        proposal: { id: "israel-2024-05", conflict: "israel-gaza-war", date: "2024-05-01", proposers: ["israel"] },
        index: 1,
        of: 2,
        durationDays: 30,
        citations: [{ source: "times-of-israel", published: "2024-05-01" }],
      },
    ],
  });
  const date = "2024-05-05";
  const durationFindings = (run: BlocksCheck) => ruleFindings(run, "inconsistent-duration").map((f) => `${f.block} ${f.message}`);
  const typed = (text: string, sentence: string) => keystrokes(text, text.length, sentence).slice(0, sentence.length);

  it("judges a duration again when another paragraph comes to name a proposer", () => {
    const s: Story = { name: "proposers", date, registry: twoProposals, blocks: [{ text: "The initial phase, lasting 40 days, would see hostages freed.", cited: [] }, { text: "Talks went on.", cited: [] }] };
    const before = typeInto(s, 1, []);
    expect(durationFindings(before)).toEqual([]);
    // Naming Israel narrows the story to Israel's proposal, whose first phase lasts 30 days.
    const after = typeInto(s, 1, typed(s.blocks[1]!.text, " Israel put the plan forward."));
    expect(durationFindings(after)).toEqual([expect.stringMatching(/^0 .*30 days/)]);
  });

  it("judges a duration again when its own paragraph comes to name a proposer", () => {
    const s: Story = {
      name: "proposers",
      date,
      registry: twoProposals,
      blocks: [
        { text: "The initial phase, lasting 40 days, would see hostages freed.", cited: [] },
        { text: "Egypt and Israel have each put a plan forward.", cited: [] },
      ],
    };
    expect(durationFindings(typeInto(s, 0, []))).toEqual([]);
    // The story's proposals stay the same; the duration's paragraph now ties it to Israel's.
    const after = typeInto(s, 0, typed(s.blocks[0]!.text, " Israel wrote it."));
    expect(durationFindings(after)).toEqual([expect.stringMatching(/^0 .*30 days/)]);
  });
});

describe("document facts after an edit", () => {
  // Without a registered conflict (nor its war-start event), the story's own "which began on Oct. 7" decides.
  const noWarStart = Registry.from({ ...mayData, conflicts: [], claims: mayData.claims.filter((c: { kind: string }) => c.kind !== "event") });
  const date = "2024-05-05";
  const PIECES = [
    " More than 500 people have been killed in the West Bank.",
    " In Gaza, 35,000 Palestinians have been killed.",
    " the war, which began on Oct. 7,",
    " Egypt and Qatar",
    " Israel",
    " Hamas has rejected the proposal, a senior official said.",
    " the ministry said",
    " Talks went on.",
  ];
  type FactsEdit = { kind: "type"; block: number; piece: number; at: number; length: number } | { kind: "insert"; block: number; piece: number } | { kind: "remove"; block: number };
  const factsEdit: fc.Arbitrary<FactsEdit> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant("type" as const), block: fc.nat(), piece: fc.nat(PIECES.length - 1), at: fc.nat(), length: fc.nat(60) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("insert" as const), block: fc.nat(), piece: fc.nat(PIECES.length - 1) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("remove" as const), block: fc.nat() }) },
  );
  const view = (facts: DocumentFacts) => ({ defaultPlace: facts.defaultPlace, places: facts.places, conflict: facts.conflict, warStart: facts.warStart, attributions: facts.attributions, proposals: facts.proposals, positions: facts.positions });

  it("equal the facts gathered from scratch after typing, inserting and removing paragraphs", () => {
    const base = [
      "In the West Bank, 500 Palestinians have been killed in the West Bank, the ministry said.",
      "The war, which began on Oct. 7, has killed more than 34,000 people in Gaza, the Gaza Health Ministry said.",
      "Hamas has rejected the proposal, Egyptian mediators said.",
      "Talks went on.",
    ];
    fc.assert(
      fc.property(fc.constantFrom(may, noWarStart), fc.array(factsEdit, { minLength: 1, maxLength: 8 }), (registry, edits) => {
        const extract = extractor(date, registry.world());
        let texts = base;
        let blocks = texts.map(extract);
        let facts = gatherFacts(blocks, registry, date);
        for (const e of edits) {
          const next = [...texts];
          const i = e.block % Math.max(1, next.length);
          if (e.kind === "type" && next.length > 0) {
            // Typed a character at a time, with the facts updated after each keystroke.
            const text = next[i]!;
            const at = e.at % (text.length + 1);
            const piece = PIECES[e.piece]!.slice(0, e.length || undefined);
            for (const version of keystrokes(text, at, piece).slice(0, piece.length)) {
              next[i] = version;
              const after = next.map(extract);
              facts = updateFacts(facts, blocks, after, i, next.length - 1 - i, registry, date);
              blocks = after;
              expect(view(facts)).toEqual(view(gatherFacts(next.map((t) => extractMentions(t, { date, world: registry.world() })), registry, date)));
            }
          } else if (e.kind === "insert" || next.length > 1) {
            // Paragraph i added or removed: the blocks before it and after it are unchanged.
            if (e.kind === "insert") next.splice(i, 0, PIECES[e.piece]!.trim());
            else next.splice(i, 1);
            const after = next.map(extract);
            facts = updateFacts(facts, blocks, after, i, e.kind === "insert" ? texts.length - i : texts.length - i - 1, registry, date);
            blocks = after;
            expect(view(facts)).toEqual(view(gatherFacts(next.map((t) => extractMentions(t, { date, world: registry.world() })), registry, date)));
          }
          texts = next;
        }
      }),
      {
        numRuns: 60,
        // A sentence typed at the head of the first paragraph, then that paragraph removed: the
        // place votes change (a name no longer shares a sentence with a count) though the places
        // named do not.
        examples: [may, noWarStart].map((registry) => [registry, [{ kind: "type", block: 0, piece: 7, at: 1439003192, length: 0 }, { kind: "remove", block: 0 }]] as [Registry, FactsEdit[]]),
      },
    );
  }, 240_000);
});
