import { describe, expect, it } from "vitest";
import { FactmarkError, type Finding, Registry, check, parseClaimsCSV } from "../src/index.js";
import { mayRegistry, readFoundingArticle } from "./helpers.js";

const registry = mayRegistry();
const summary = (findings: Finding[]) => findings.map((f) => [f.ruleId, f.text]);

describe("check: the founding article", () => {
  const article = readFoundingArticle();

  it("reports the unsourced toll, the unsourced Rafah figure, the six-week / 40-day pair and the unsourced and anonymous stances on its own date", () => {
    const findings = check(article, { registry, format: "markdown" });
    expect(summary(findings)).toEqual([
      ["unsourced-figure", "over a million"],
      ["unattributed-position", "Hamas has been pushing for a complete cessation of hostilities and the withdrawal of all Israeli forces from Gaza"],
      ["anonymous-source", "a senior Israeli official, speaking on condition of anonymity"],
      ["inconsistent-duration", "40 days"],
      ["unsourced-figure", "over 34,000"],
    ]);
    for (const f of findings) expect(article.slice(f.from, f.to)).toBe(f.text);
  });

  it("names both registered versions of phase 1 in the duration finding", () => {
    const finding = check(article, { registry, format: "markdown" }).find((f) => f.ruleId === "inconsistent-duration")!;
    expect(finding.message).toMatch(/40 days \(The Times of Israel\) vs 42 days \(Hamas\)/);
    expect(finding.related?.[0]?.text).toBe("six-week");
  });

  it("finds the toll outdated on 20 June 2024, with a fix to the then-current figure", () => {
    const findings = check(article, { registry, format: "markdown", date: "2024-06-20" });
    const outdated = findings.find((f) => f.ruleId === "outdated-figure");
    expect(outdated?.text).toBe("over 34,000");
    expect(outdated?.evidence[0]).toMatchObject({ value: 37431, asOf: "2024-06-20", source: { id: "gaza-moh" } });
    expect(outdated?.fixes[0]).toMatchObject({ kind: "replace", text: "37,000" });
    const fix = outdated!.fixes[0]!;
    expect(article.slice(fix.from, fix.to)).toBe("34,000");
    expect(findings.some((f) => f.ruleId === "figure-mismatch")).toBe(false);
  });

  it("finds the nearly seven-month-long conflict wrong on 20 June 2024 but right on 4 May", () => {
    expect(check(article, { registry, format: "markdown" }).some((f) => f.ruleId === "inconsistent-elapsed-time")).toBe(false);
    const late = check(article, { registry, format: "markdown", date: "2024-06-20" }).find((f) => f.ruleId === "inconsistent-elapsed-time");
    expect(late?.text).toBe("nearly seven-month-long");
    expect(late?.fixes[0]).toMatchObject({ text: "nine" });
  });
});

describe("check: figures against the registry", () => {
  const date = "2024-05-04";
  it.each([
    ["Over 40,000 Palestinians have been killed, the ministry said.", "figure-mismatch", "Over 40,000"],
    ["Nearly 34,000 people have been killed in Gaza, the ministry said.", "outdated-figure", "Nearly 34,000"],
    ["The ministry said 34,654 people have been killed in Gaza.", undefined, undefined],
    ["At least 34,000 people have been killed in Gaza, the ministry said.", undefined, undefined],
    ["Some 34,500 people have been killed in Gaza, the ministry said.", undefined, undefined],
  ])("judges %j", (text, ruleId, span) => {
    const judged = check(text, { registry, date }).filter((f) => f.ruleId === "figure-mismatch" || f.ruleId === "outdated-figure");
    expect(summary(judged)).toEqual(ruleId ? [[ruleId, span]] : []);
  });

  it("does not judge a count that covers a short period against the running total", () => {
    const findings = check("At least 29 people were killed overnight, the ministry said.", { registry, date });
    expect(findings).toEqual([]);
  });

  it("accepts a figure a few days behind the newest report, within the staleness policy", () => {
    expect(check("Over 34,000 people have been killed in Gaza, the ministry said.", { registry, date: "2024-05-14" })).toEqual([]);
    const strict = check("Over 34,000 people have been killed in Gaza, the ministry said.", { registry, date: "2024-05-14", rules: { "outdated-figure": ["warning", { maxAgeDays: 1 }] } });
    expect(summary(strict)).toEqual([["outdated-figure", "Over 34,000"]]);
  });

  it("treats a linked figure as sourced", () => {
    expect(check("Over [34,000](https://example.org/moh) people have been killed.", { registry, date, format: "markdown" })).toEqual([]);
  });
});

describe("check: configuration and errors", () => {
  it("turns a rule off and changes a severity", () => {
    const text = "Over 40,000 people have been killed in Gaza.";
    expect(summary(check(text, { registry, date: "2024-05-04" }))).toEqual([
      ["figure-mismatch", "Over 40,000"],
      ["unsourced-figure", "Over 40,000"],
    ]);
    const configured = check(text, { registry, date: "2024-05-04", rules: { "unsourced-figure": "off", "figure-mismatch": "warning" } });
    expect(configured.map((f) => [f.ruleId, f.severity])).toEqual([["figure-mismatch", "warning"]]);
  });

  it("honours factmark-disable-next-line in Markdown", () => {
    const md = "Intro.\n\n<!-- factmark-disable-next-line unsourced-figure -->\nOver 34,000 people have been killed in Gaza.\n";
    expect(check(md, { registry, date: "2024-05-04", format: "markdown" })).toEqual([]);
  });

  it("asks for a document date when there is none", () => {
    expect(() => check("Over 34,000 killed.", { registry })).toThrow(FactmarkError);
    expect(() => check("Over 34,000 killed.", { registry, date: "2024-13-40" })).toThrow(/not a date/);
  });

  it("checks empty input without findings", () => {
    expect(check("", { registry, date: "2024-05-04" })).toEqual([]);
  });

  it("says so when the registry holds nothing a story can be judged against", () => {
    const sourcesOnly = Registry.from({ sources: [{ id: "gaza-moh", name: "Gaza Ministry of Health", type: "official-body" }] });
    for (const empty of [Registry.empty(), sourcesOnly]) {
      let error: unknown;
      try {
        check("Over 40,000 Palestinians have been killed, the ministry said.", { registry: empty, date: "2024-05-04" });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(FactmarkError);
      expect((error as FactmarkError).code).toBe("empty-registry");
      expect((error as FactmarkError).message).toContain("Registry.merge");
    }
  });

  it("judges a story against a registry read from a CSV of claims alone", () => {
    const csv = "id;series;measure;place;asOf;value;source;published\nk1;newsroom-killed;killed;gaza;2024-05-04;34.654;gaza-moh;2024-05-04\n";
    const findings = check("Over 40,000 people have been killed in Gaza.", { registry: Registry.from(parseClaimsCSV(csv)), date: "2024-05-04" });
    expect(findings.map((f) => f.ruleId)).toContain("figure-mismatch");
  });
});

describe("check: ProseMirror citations split by other marks", () => {
  const link = { type: "link", attrs: { href: "https://example.org/moh" } };
  const paragraph = (numberTail: { type: string }[]) => ({
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Over " },
          { type: "text", text: "34,", marks: [link] },
          { type: "text", text: "000 Palestinians", marks: numberTail },
          { type: "text", text: " have been killed." },
        ],
      },
    ],
  });

  it("treats a figure under one link split by bold type as cited", () => {
    const findings = check(paragraph([link, { type: "bold" }]), { registry, date: "2024-05-04" });
    expect(findings.filter((f) => f.ruleId === "unsourced-figure")).toEqual([]);
  });

  it("still flags a figure only half under a link", () => {
    const findings = check(paragraph([{ type: "bold" }]), { registry, date: "2024-05-04" });
    expect(findings.filter((f) => f.ruleId === "unsourced-figure").map((f) => f.text)).toEqual(["Over 34,000"]);
  });
});

describe("check: phase counts against the registry", () => {
  it("names the registered proposal by its id and cites its phases when a phase count disagrees with it", () => {
    const text = "Egyptian mediators said on May 4, 2024, that the Gaza deal was a two-stage process.";
    const finding = check(text, { registry, format: "text", date: "2024-05-04" }).find((f) => f.ruleId === "phase-count-mismatch");
    expect(finding?.text).toBe("two-stage");
    expect(finding?.message).toBe("“two-stage” says 2 phases; the proposal egypt-qatar-2024-05 has 3.");
    expect(finding?.evidence.length).toBeGreaterThan(0);
    expect(finding!.evidence.length).toBeLessThanOrEqual(3);
  });

  it("compares a phase count with no proposal when the story names only mediators, who mediate in more than one war", () => {
    const text = "Egyptian mediators said on May 4, 2024, that the deal was a two-stage process.";
    expect(check(text, { registry, format: "text", date: "2024-05-04" }).filter((f) => f.ruleId === "phase-count-mismatch")).toEqual([]);
  });
});

describe("check: phase counts within one story", () => {
  // A date months before the registry's only proposal: no registered count is on the table.
  const options = { registry, format: "markdown", date: "2023-06-10" } as const;
  const counts = (text: string) => check(text, options).filter((f) => f.ruleId === "phase-count-mismatch").map((f) => f.text);
  it.each([
    ["a later count of the deal's phases that disagrees with the first", "The framework would unfold in three phases, an official said.\n\nUnder the two-stage outline, the pause could be extended.", ["two-stage"]],
    ["a compound before the deal's noun, with words between", "Mediators presented a three-phase Gaza truce plan.\n\nThe two-phase Gaza ceasefire deal was welcomed.", ["two-phase"]],
    ["a count a verb of the deal lays out", "The framework envisages three phases, people familiar with the talks said.\n\nThe first phase of the two-stage framework would be the longest pause.", ["two-stage"]],
    ["a count after a verb and its particle", "The plan sets out three phases.\n\nUnder the two-stage plan, the pause could be extended.", ["two-stage"]],
    ["a count after a particle of another verb", "The plan would free hostages held out for three phases.\n\nUnder the two-stage plan, the pause could be extended.", []],
    ["the same count twice", "The framework would unfold in three phases.\n\nUnder the three-stage outline, the pause could be extended.", []],
    ["the stages of one act of the deal", "Under the plan, Israeli forces would pull back in three stages.\n\nThe two-phase deal was welcomed.", []],
    ["a party's own text beside the framework it answers", "Hamas's reply turned the outline into a three-stage plan.\n\nMediators pressed both sides on the two-stage framework.", []],
    ["a count that names no deal", "The first of three phases ended on Saturday.\n\nThe two-stage outline was welcomed.", []],
  ])("%s", (_name, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it("says which count of the story it disagrees with", () => {
    const [finding] = check("The framework would unfold in three phases.\n\nUnder the two-stage outline, the pause could be extended.", options).filter((f) => f.ruleId === "phase-count-mismatch");
    expect(finding?.message).toBe("“two-stage” says 2 phases, but the story gave the deal 3 (“three phases”).");
    expect(finding?.related?.[0]?.text).toBe("three phases");
  });
});
