import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { check } from "@factmark/core";
import { describe, expect, it } from "vitest";
import { defaultRegistry } from "../dist/index.js";

// The founding article (shared/fixtures, beside the repository) against the default registry:
// every figure, phase, position and attribution finding, exactly.
const shared = process.env.FACTMARK_SHARED_DATA ? `${process.env.FACTMARK_SHARED_DATA}/..` : fileURLToPath(new URL("../../../../shared", import.meta.url));
const article = readFileSync(`${shared}/fixtures/cairo-talks-2024-05.md`, "utf8");

describe("the founding article against the default registry", () => {
  const findings = check(article, { registry: defaultRegistry(), format: "markdown" });

  it("reports exactly the misattributed famine, the unsourced figures, Hamas's unsourced demands, the anonymous Israeli official and the six-week / 40-day pair", () => {
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([
      ["misattributed-claim", "The United Nations has declared a “full-blown famine” in the region"],
      ["unsourced-figure", "over a million"],
      ["unattributed-position", "Hamas has been pushing for a complete cessation of hostilities and the withdrawal of all Israeli forces from Gaza"],
      ["anonymous-source", "a senior Israeli official, speaking on condition of anonymity"],
      ["inconsistent-duration", "40 days"],
      ["unsourced-figure", "over 34,000"],
    ]);
    for (const f of findings) expect(article.slice(f.from, f.to)).toBe(f.text);
  });

  it("names both contested versions of phase 1 with their sources", () => {
    const duration = findings.find((f) => f.ruleId === "inconsistent-duration")!;
    expect(duration.message).toMatch(/40 days \(The Times of Israel, Anadolu Agency\) vs 42 days \(Hamas\)/);
    expect(duration.related?.[0]?.text).toBe("six-week");
  });

  it("gives the WFP director's remark and the IPC's projection as evidence against the UN declaration", () => {
    const misattributed = findings.find((f) => f.ruleId === "misattributed-claim")!;
    expect(misattributed.evidence.map((e) => e.claimId)).toEqual(
      expect.arrayContaining(["position:wfp:famine-gaza:2024-05-03", "classification:ipc:north-gaza:2024-03-18"]),
    );
    // The message says who said what and when, in a line; the statements themselves are the evidence.
    expect(misattributed.message).toMatch(/the World Food Programme's remark of 3 May 2024/);
    expect(misattributed.message).toMatch(/Integrated Food Security Phase Classification classified North Gaza and Gaza City as Famine/);
    expect(misattributed.message).not.toMatch(/Cindy McCain/);
    expect(misattributed.evidence.find((e) => e.claimId === "position:wfp:famine-gaza:2024-05-03")?.label).toMatch(/Cindy McCain/);
  });

  it("notes that the anonymous official speaks for a party to the conflict", () => {
    expect(findings.find((f) => f.ruleId === "anonymous-source")!.message).toMatch(/Israel, a party to the conflict/);
  });

  it("says nothing of Egyptian state media's report of progress or of the UN's warning, both attributed", () => {
    const progress = article.indexOf("Egyptian state media mentioned progress");
    const warning = article.indexOf("The United Nations has warned");
    for (const f of findings) {
      expect(f.from >= progress && f.from < progress + 100).toBe(false);
      expect(f.from >= warning && f.from < warning + 200).toBe(false);
    }
  });
});
