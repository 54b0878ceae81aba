import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Finding, type RuleId, Registry, check, extractMentions, gatherFacts, matchTopic } from "../src/index.js";

const registry = Registry.from(JSON.parse(readFileSync(new URL("./fixtures/registry-positions.json", import.meta.url), "utf8")));
const date = "2024-05-04";
const world = registry.world();

interface Case {
  text: string;
  date?: string;
  format?: "text" | "markdown";
  findings?: { ruleId: RuleId; text: string }[];
}

/** Runs a rule's table: valid cases have no finding of the rule; invalid ones exactly the listed ones. */
function ruleTable(ruleId: RuleId, cases: { valid: Case[]; invalid: Case[] }): void {
  const of = (c: Case) => check(c.text, { registry, date: c.date ?? date, format: c.format ?? "text" }).filter((f: Finding) => f.ruleId === ruleId);
  it.each(cases.valid.map((c) => [c.text, c] as const))("finds nothing in %j", (_text, c) => {
    expect(of(c).map((f) => f.text)).toEqual([]);
  });
  it.each(cases.invalid.map((c) => [c.text, c] as const))("flags %j", (_text, c) => {
    const found = of(c);
    expect(found.map((f) => ({ ruleId: f.ruleId, text: f.text }))).toEqual(c.findings);
    for (const f of found) expect(c.text.slice(f.from, f.to)).toBe(f.text);
  });
}

describe("extractMentions: positions", () => {
  it.each([
    ["Hamas has been pushing for a complete cessation of hostilities.", "Hamas", "demands", "a complete cessation of hostilities", false],
    ["The United Nations has declared a “full-blown famine” in the region, while aid stalls.", "United Nations", "declares", "a “full-blown famine” in the region", true],
    ["Israel has rejected the proposal.", "Israel", "rejects", "the proposal", false],
    ["The official emphasized Israel’s commitment to the invasion of Rafah.", "Israel", "commits-to", "the invasion of Rafah", false],
    ["Washington has raised concerns about the offensive in Rafah.", "Washington", "concerned", "about the offensive in Rafah", true],
    ["Egyptian mediators have called for a pause.", "Egyptian mediators", "demands", "a pause", true],
  ])("reads the actor, stance and topic of %j", (text, actor, stance, topic, speech) => {
    const [p] = extractMentions(text).positions;
    expect(p).toMatchObject({ actor, stance, topic, speech, quoted: false });
    expect(text.slice(p!.from, p!.to)).toBe(p!.text);
    expect(text.slice(p!.topicSpan.from, p!.topicSpan.to)).toBe(topic);
  });

  it("reads the actor of a relative clause without “that” as the name, not the noun before it", () => {
    expect(extractMentions("The sticking point is the third stage, a sequence Israel has refused to commit to in advance.").positions[0]).toMatchObject({ actor: "Israel", stance: "rejects" });
  });

  it.each([
    ["Israel is committed to invading Rafah.", "Israel", "commits-to"],
    ["Hamas was opposed to any partial deal.", "Hamas", "opposes"],
    ["Hamas is pushing for a permanent ceasefire.", "Hamas", "demands"],
    ["Israel has also rejected the proposal.", "Israel", "rejects"],
    ["Hamas is seeking guarantees that the war will end.", "Hamas", "demands"],
  ])("reads the stance after a form of “be” that is not a passive in %j", (text, actor, stance) => {
    expect(extractMentions(text).positions[0]).toMatchObject({ actor, stance });
  });

  it("marks a negated stance", () => {
    expect(extractMentions("Israel has not accepted the proposal.").positions[0]).toMatchObject({ stance: "accepts", negated: true });
  });

  it("keeps the quoted words of a topic", () => {
    expect(extractMentions("Hamas declared a “full-blown famine” in the north.").positions[0]?.quotes).toEqual(["full-blown famine"]);
  });

  it("marks a stance inside quotation marks as the speaker's", () => {
    const [p] = extractMentions("“Hamas is pushing for a permanent ceasefire,” the minister said.").positions;
    expect(p?.quoted).toBe(true);
  });

  it.each([
    "The proposal was rejected by Hamas.",
    "The Iran-backed group met on Saturday.",
    "Talks resumed in Cairo.",
    "A six-week ceasefire was proposed last month.",
    "The plan has been formally accepted, mediators said.",
    "The offer is also backed in Washington.",
    "Hundreds of thousands of Palestinians are seeking shelter in Rafah.",
    "Families sought treatment in Egypt.",
  ])("finds no actor's stance in %j", (text) => {
    expect(extractMentions(text).positions).toEqual([]);
  });
});

describe("extractMentions: attribution strength", () => {
  it("reads an unnamed official with an anonymity aside as an anonymous source tied to its actor", () => {
    const [a] = extractMentions("Despite some optimism from mediators, a senior Israeli official, speaking on condition of anonymity, downplayed the talks.", { world }).attributions;
    expect(a).toMatchObject({ text: "a senior Israeli official, speaking on condition of anonymity", name: "senior Israeli official", strength: "anonymous", affiliation: "israel", explicitAnonymity: true });
  });

  it("keeps the anonymity of a later reference to the same official", () => {
    const { attributions } = extractMentions("A Hamas official, who asked not to be named, said the group wanted guarantees. The official said talks would go on.", { world });
    expect(attributions.map((a) => a.strength)).toEqual(["anonymous", "anonymous"]);
    expect(attributions[1]?.affiliation).toBe("hamas");
  });

  it("keeps the closing dot of U.N. and U.S. in a source's name", () => {
    expect(extractMentions("U.N. officials said aid was piling up at the crossing.").attributions[0]?.name).toBe("U.N. officials");
    expect(extractMentions("The talks stalled, according to U.S. officials.").attributions[0]?.name).toBe("U.S. officials");
  });

  it("keeps what describes an unnamed source with it", () => {
    expect(extractMentions("A deal is close, according to Arab officials familiar with the talks.").attributions[0]).toMatchObject({ name: "Arab officials familiar with the talks", strength: "anonymous" });
  });

  it("reads state media as a relayed source", () => {
    expect(extractMentions("Egyptian state media mentioned progress on disputed points.", { world }).attributions[0]).toMatchObject({ strength: "relayed", affiliation: "egypt" });
  });

  it("reads a spokesperson by role", () => {
    expect(extractMentions("A military spokesperson said the operation would continue.").attributions[0]?.strength).toBe("role");
  });
});

describe("matching positions to the registry", () => {
  it.each([
    ["a complete cessation of hostilities", "permanent-ceasefire"],
    ["the invasion of Rafah", "rafah-offensive"],
    ["a “full-blown famine” in the region", "famine-gaza"],
    ["the Egyptian–Qatari proposal", "egypt-qatar-2024-05-proposal"],
    ["the weather in Gaza", undefined],
    // Words only the topic's statements use, with no word of its own name, do not name it.
    ["the evidence indicated it was occurring", undefined],
  ])("matches the topic %j", (text, topic) => {
    expect(matchTopic(text, registry)).toBe(topic);
  });

  it("resolves an anonymous official's affiliation to a party", () => {
    const block = extractMentions("A senior Israeli official, speaking on condition of anonymity, said Israel would go into Rafah.", { world });
    const facts = gatherFacts([block], registry, date);
    expect(facts.attributions[0]?.[0]).toMatchObject({ party: true, speaksFor: { id: "israel" } });
  });
});

describe("rule unattributed-position", () => {
  ruleTable("unattributed-position", {
    valid: [
      { text: "Hamas has been pushing for a complete cessation of hostilities, according to Egyptian mediators." },
      { text: "Hamas is pushing for a permanent ceasefire, a Hamas official said." },
      { text: "Hamas demands a permanent ceasefire. The group said so in a statement on Saturday." },
      { text: "Hamas has called for a complete cessation of hostilities." },
      { text: "“Hamas is pushing for a permanent ceasefire,” the minister said." },
      { text: "The United States has raised concerns about the offensive in Rafah." },
      { text: "Egypt wants a truce before the holiday." },
      { text: "Hamas is pushing for [a permanent ceasefire](https://example.org/statement).", format: "markdown" },
    ],
    invalid: [
      { text: "Hamas has been pushing for a complete cessation of hostilities.", findings: [{ ruleId: "unattributed-position", text: "Hamas has been pushing for a complete cessation of hostilities" }] },
      {
        text: "Egyptian state media reported progress. Hamas has been pushing for the withdrawal of all Israeli forces.",
        findings: [{ ruleId: "unattributed-position", text: "Hamas has been pushing for the withdrawal of all Israeli forces" }],
      },
      { text: "The Israeli government rejected the proposal.", findings: [{ ruleId: "unattributed-position", text: "The Israeli government rejected the proposal" }] },
      { text: "The IDF is committed to the invasion of Rafah.", findings: [{ ruleId: "unattributed-position", text: "The IDF is committed to the invasion of Rafah" }] },
    ],
  });
});

describe("rule anonymous-source", () => {
  ruleTable("anonymous-source", {
    valid: [
      { text: "A military spokesperson said the operation would continue." },
      { text: "Osama Hamdan, a senior Hamas official, said the group wanted guarantees." },
      { text: "“Sources said nothing,” the minister joked." },
      { text: "Israeli officials said the talks had stalled." },
      { text: "The text asks the secretary-general to appoint a senior coordinator for Gaza." },
      { text: "Egypt's foreign minister said a deal was close. The officials said talks would resume on Sunday." },
    ],
    invalid: [
      {
        text: "A senior Israeli official, speaking on condition of anonymity, said Israel would invade Rafah. The official said talks were stuck.",
        findings: [{ ruleId: "anonymous-source", text: "A senior Israeli official, speaking on condition of anonymity, said" }],
      },
      { text: "Diplomatic sources said a deal was close.", findings: [{ ruleId: "anonymous-source", text: "Diplomatic sources said" }] },
      {
        text: "An Egyptian official said a deal was possible if both sides showed flexibility.",
        findings: [{ ruleId: "anonymous-source", text: "An Egyptian official said" }],
      },
      {
        text: "A senior Israeli official expressed skepticism. Later a senior Israeli official, speaking on condition of anonymity, downplayed the talks.",
        findings: [{ ruleId: "anonymous-source", text: "a senior Israeli official, speaking on condition of anonymity" }],
      },
    ],
  });

  it("notes when the anonymous source speaks for a party to the conflict", () => {
    const [f] = check("A senior Israeli official, speaking on condition of anonymity, said Israel would invade Rafah.", { registry, date }).filter((x) => x.ruleId === "anonymous-source");
    expect(f?.message).toMatch(/speaks for Israel, a party to the conflict/);
    const [g] = check("Diplomatic sources said a deal was close.", { registry, date }).filter((x) => x.ruleId === "anonymous-source");
    expect(g?.message).not.toMatch(/party/);
    expect(g?.severity).toBe("info");
  });
});

describe("rule misattributed-claim", () => {
  ruleTable("misattributed-claim", {
    valid: [
      { text: "The World Food Programme's chief said there was “full-blown famine” in the north." },
      { text: "The WFP has warned of a “full-blown famine” in northern Gaza." },
      { text: "The United Nations has warned of famine in northern Gaza." },
      { text: "Hamas has declared a day of rage." },
    ],
    invalid: [
      {
        text: "The United Nations has declared a “full-blown famine” in the region.",
        findings: [{ ruleId: "misattributed-claim", text: "The United Nations has declared a “full-blown famine” in the region" }],
      },
      { text: "The IPC declared famine in northern Gaza.", findings: [{ ruleId: "misattributed-claim", text: "The IPC declared famine in northern Gaza" }] },
      { text: "Hamas has warned of a “full-blown famine” in Gaza.", findings: [{ ruleId: "misattributed-claim", text: "Hamas has warned of a “full-blown famine” in Gaza" }] },
    ],
  });

  it("gives the registered remark and the classification as evidence", () => {
    const [f] = check("The United Nations has declared a “full-blown famine” in the region.", { registry, date }).filter((x) => x.ruleId === "misattributed-claim");
    expect(f?.evidence.map((e) => e.claimId).sort()).toEqual(["ipc-famine-1", "ipc-north", "wfp-famine"]);
    expect(f?.message).toMatch(/World Food Programme's remark of/);
    expect(f?.message).not.toMatch(/Cindy McCain/);
    expect(f?.evidence.find((e) => e.claimId === "wfp-famine")?.label).toMatch(/Cindy McCain/);
  });
});

describe("rule outdated-position", () => {
  ruleTable("outdated-position", {
    valid: [
      { text: "The IPC has warned that famine is imminent in northern Gaza.", date: "2024-05-04" },
      { text: "The IPC has warned that famine is imminent in northern Gaza.", date: "2024-06-24" },
      { text: "Hamas has accepted the Egyptian–Qatari proposal, the Times of Israel reported.", date: "2024-05-08" },
    ],
    invalid: [
      {
        text: "The IPC has warned that famine is imminent in northern Gaza.",
        date: "2024-07-10",
        findings: [{ ruleId: "outdated-position", text: "The IPC has warned that famine is imminent in northern Gaza" }],
      },
    ],
  });

  it("gives the newer statement as evidence", () => {
    const [f] = check("The IPC has warned that famine is imminent in northern Gaza.", { registry, date: "2024-07-10" }).filter((x) => x.ruleId === "outdated-position");
    expect(f?.evidence[0]).toMatchObject({ claimId: "ipc-famine-2", asOf: "2024-06-25" });
  });
});

describe("positions of one conflict", () => {
  // The fixture's IPC positions, marked as taken in the Gaza war.
  const data = JSON.parse(readFileSync(new URL("./fixtures/registry-positions.json", import.meta.url), "utf8"));
  for (const claim of data.claims) if (claim.kind === "position" && claim.actor === "ipc") claim.conflict = "israel-gaza-war";
  const scoped = Registry.from(data);
  const outdated = (text: string, r: Registry) => check(text, { registry: r, date: "2024-07-10" }).filter((f) => f.ruleId === "outdated-position").map((f) => f.text);

  it("judges a stance in a story of the positions' conflict", () => {
    expect(outdated("The IPC has warned that famine is imminent in northern Gaza.", scoped)).toEqual(["The IPC has warned that famine is imminent in northern Gaza"]);
  });

  it("does not judge a stance in a story about a war the registry does not hold against them", () => {
    const text = "In Sudan, the IPC has warned that famine is imminent in 14 areas.";
    expect(outdated(text, scoped)).toEqual([]);
    // The same registry with positions of no conflict judges them in every story.
    expect(outdated(text, registry)).toEqual(["the IPC has warned that famine is imminent in 14 areas"]);
  });
});

describe("durations tied to a proposal version", () => {
  it("checks a duration against the version its sentence names", () => {
    const text = "The copy of the proposal Hamas published gives the first phase as 40 days.";
    const found = check(text, { registry, date }).filter((f) => f.ruleId === "inconsistent-duration");
    expect(found.map((f) => f.text)).toEqual(["40 days"]);
    // Named as a reader names it, not by its id.
    expect(found[0]?.message).toMatch(/in the version it names \(the hamas published version\)/);
    expect(found[0]?.message).not.toMatch(/hamas-published/);
  });

  it("does not compare durations of different versions", () => {
    const text = "Israel's offer had a first phase of 40 days. The copy of the proposal Hamas published gives the first phase as 42 days.";
    expect(check(text, { registry, date }).filter((f) => f.ruleId === "inconsistent-duration")).toEqual([]);
  });

  it("names both contested versions when a story gives two lengths for phase 1", () => {
    const text = "Egyptian mediators proposed an immediate six-week ceasefire in Gaza. The initial phase, lasting 40 days, would free hostages.";
    const [f] = check(text, { registry, date }).filter((x) => x.ruleId === "inconsistent-duration");
    expect(f?.message).toMatch(/40 days \(The Times of Israel\) vs 42 days \(Hamas\)/);
  });
});

describe("properties of position extraction on arbitrary text", () => {
  const newsy = fc
    .array(
      fc.oneof(
        fc.constantFrom("Hamas", "Israel", "the United Nations", "has", "been", "pushing for", "rejected", "declared", "commitment to", "’s", "'s", "“", "”", ",", ".", "a senior Israeli official", "speaking on condition of anonymity", "the official said", "not", "by", "-", "and"),
        fc.string({ unit: "grapheme", maxLength: 6 }),
      ),
      { maxLength: 50 },
    )
    .map((parts) => parts.join(" "));

  it("never throws and keeps every position and attribution inside the text", () => {
    fc.assert(
      fc.property(fc.oneof(newsy, fc.string({ unit: "binary", maxLength: 200 })), (text) => {
        const block = extractMentions(text, { date });
        for (const p of block.positions) {
          expect(p.from).toBeGreaterThanOrEqual(0);
          expect(p.to).toBeLessThanOrEqual(text.length);
          expect(text.slice(p.from, p.to)).toBe(p.text);
          for (const span of [p.actorSpan, p.verbSpan, p.topicSpan]) expect(span.from >= p.from && span.to <= p.to && span.from <= span.to).toBe(true);
        }
        for (const a of block.attributions) expect(text.slice(a.from, a.to)).toBe(a.text);
        for (const f of check(text, { registry, date })) expect(text.slice(f.from, f.to)).toBe(f.text);
      }),
      { numRuns: 400 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(newsy, (text) => {
        expect(extractMentions(text, { date })).toEqual(extractMentions(text, { date }));
      }),
      { numRuns: 100 },
    );
  });
});
