// A newsroom adds a conflict neither dataset knows, only through the public API: core's library
// for the CLI's registry file and the service's HTTP resources for the service. A story about it
// must be judged the same way by the library, the CLI and the service: its figure against the
// new series, its truce length against the new proposal, its elapsed time against the new
// conflict's start, and, once newer reports arrive, as an outdated story.
import { type Finding, Registry, check } from "@factmark/core";
import { defaultRegistry as gazaRegistry } from "@factmark/dataset-gaza";
import { defaultRegistry as ukraineRegistry } from "@factmark/dataset-ukraine";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Service, openService } from "../src/app.js";
import { createApiKey } from "../src/keys.js";
import { type TestDatabase, drivers, json, send } from "./harness.js";

// A made-up war on the coast of Veridia: its places, its parties and a mediator, the health
// office that counts its dead, that count's reports, and a two-phase truce of which the first
// phase lasts 21 days.
const places = [
  { id: "veridia", name: "Veridia", aliases: ["Veridian"], demonyms: ["Veridians"] },
  { id: "port-aster", name: "Port Aster", within: ["veridia"] },
];
const actors = [
  { id: "veridian-government", name: "Veridian government", aliases: ["Veridian officials"], party: true },
  { id: "coastal-league", name: "Coastal League", aliases: ["the League"], party: true },
  { id: "lowland-mediators", name: "Lowland mediators", party: false },
];
const conflicts = [{ id: "veridian-coastal-war", name: "the Veridian coastal war", aliases: ["coastal war"], start: "2031-03-01", places: ["veridia"], parties: ["veridian-government", "coastal-league"] }];
const sources = [{ id: "veridia-health-office", name: "Veridian Health Office", aliases: ["health office"], type: "official-body" as const }];
const series = [{ id: "veridia-killed", title: "Veridian Health Office: people killed in Veridia, cumulative", source: "veridia-health-office", measure: "killed" as const, population: { place: "veridia" }, cumulative: true, since: "2031-03-01", conflict: "veridian-coastal-war" }];
const report = (asOf: string, value: number) => ({ kind: "casualty" as const, id: `veridia-killed:${asOf}`, series: "veridia-killed", measure: "killed" as const, population: { place: "veridia" }, cumulative: true, since: "2031-03-01", asOf, quantity: { value }, citations: [{ source: "veridia-health-office", published: asOf }] });
const truce = {
  kind: "phase" as const,
  id: "phase:harbour-truce-2031:1",
  asOf: "2031-06-10",
  citations: [{ source: "veridia-health-office", published: "2031-06-10" }],
  proposal: { id: "harbour-truce-2031", proposers: ["lowland-mediators"], status: "proposed" as const, conflict: "veridian-coastal-war" },
  index: 1,
  of: 2,
  durationDays: 21,
  terms: ["A halt to shelling around Port Aster"],
};
const claims = [report("2031-05-01", 1200), report("2031-06-01", 1850), truce];
const later = [report("2031-07-01", 2400), report("2031-09-01", 2600)];

const WRONG = `---
date: 2031-06-15
---
# Talks resume on a harbour truce

PORT ASTER — Mediators returned to the port on Sunday.

More than 3,000 people have been killed in Veridia, the health office said. The coastal war, now in its sixth month, has emptied the port.

Lowland mediators proposed a truce whose initial phase, lasting 30 days, would halt shelling around Port Aster, the health office said.
`;
const RIGHT = WRONG.replace("More than 3,000", "Some 1,850").replace("sixth month", "fourth month").replace("30 days", "three weeks");

/** What every surface must agree on: the rule, the text and the message of each finding. */
const summary = (findings: readonly Pick<Finding, "ruleId" | "text" | "message">[]) => findings.map((f) => [f.ruleId, f.text, f.message]);

const cliBin = join(dirname(createRequire(import.meta.url).resolve("@factmark/cli/package.json")), "bin", "factmark.js");

describe("a conflict neither dataset knows, made through the library", () => {
  const newsroom = Registry.from({ version: 1, places, actors, conflicts, sources, series, claims });
  const registry = Registry.merge([gazaRegistry(), ukraineRegistry(), newsroom]);

  it("judges the story's figure, elapsed time and truce length against the new conflict's records", () => {
    const findings = check(WRONG, { registry, format: "markdown" });
    expect(summary(findings)).toEqual([
      ["figure-mismatch", "More than 3,000", "“More than 3,000” cannot be true on 15 June 2031: the Veridian Health Office reported 1,850 killed on 1 June 2031, and no earlier report fits this figure."],
      ["inconsistent-elapsed-time", "in its sixth month", "“in its sixth month” does not fit the dates: the war began on 1 March 2031, so on 15 June 2031 it had lasted 3.5 months."],
      ["inconsistent-duration", "30 days", "“30 days” (30 days) does not match the registered length of phase 1: 21 days."],
    ]);
    expect(findings.find((f) => f.ruleId === "inconsistent-duration")!.evidence.map((e) => e.claimId)).toEqual(["phase:harbour-truce-2031:1"]);
    expect(check(RIGHT, { registry, format: "markdown" })).toEqual([]);
  });

  it("leaves the story unjudged without the new records: the findings come from them", () => {
    const defaults = Registry.merge([gazaRegistry(), ukraineRegistry()]);
    expect(summary(check(WRONG, { registry: defaults, format: "markdown" })).map(([ruleId]) => ruleId)).not.toContain("figure-mismatch");
  });

  describe("through the CLI, with the library's records in a registry file", () => {
    let dir: string;
    const run = (file: string, args: string[]) => {
      const result = spawnSync(process.execPath, [cliBin, "check", file, "--registry", "default", "--registry", join(dir, "veridia.json"), "--format", "json", ...args], { encoding: "utf8", cwd: dir });
      return { status: result.status, stderr: result.stderr, findings: (JSON.parse(result.stdout) as { files: { findings: Finding[] }[] }).files[0]!.findings };
    };
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "factmark-conflict-"));
      writeFileSync(join(dir, "veridia.json"), JSON.stringify(newsroom.toData()));
      writeFileSync(join(dir, "wrong.md"), WRONG);
      writeFileSync(join(dir, "right.md"), RIGHT);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("gives the library's findings, and none for the story that has them right", () => {
      const wrong = run("wrong.md", []);
      expect(wrong.stderr).toBe("");
      expect(wrong.status).toBe(1);
      expect(summary(wrong.findings)).toEqual(summary(check(WRONG, { registry, format: "markdown" })));
      const right = run("right.md", []);
      expect(right.status).toBe(0);
      expect(right.findings).toEqual([]);
    });
  });
});

describe.each(drivers())("a conflict neither dataset knows, made through the HTTP API on $name", (driver) => {
  let db: TestDatabase;
  let service: Service;
  let key = "";
  const request = (path: string, init?: RequestInit) => service.app.request(path, init);
  const library = Registry.merge([gazaRegistry(), ukraineRegistry(), Registry.from({ version: 1, places, actors, conflicts, sources, series, claims })]);

  beforeAll(async () => {
    if (driver.unavailable) throw new Error(`the ${driver.name} suite cannot run: ${driver.unavailable}`);
    db = await driver.create();
    service = await openService(db.config, { today: () => "2031-09-05" });
    key = (await createApiKey(service.conn.db, { scope: "write", name: "desk" })).key;
    // The world through its resources, in the order the records name each other; the reports by import.
    for (const [path, records] of [["places", places], ["actors", actors], ["conflicts", conflicts], ["sources", sources], ["series", series]] as const) {
      for (const record of records) {
        const res = await request(`/v1/${path}`, send("POST", record, key));
        if (res.status !== 201) throw new Error(`POST /v1/${path} ${record.id}: ${res.status} ${await res.text()}`);
      }
    }
    const imported = await request("/v1/import", { method: "POST", headers: { "content-type": "application/x-ndjson", authorization: `Bearer ${key}` }, body: claims.map((c) => JSON.stringify(c)).join("\n") });
    if (imported.status !== 200) throw new Error(`POST /v1/import: ${imported.status} ${await imported.text()}`);
  });
  afterAll(async () => {
    await service?.close();
    await db?.drop();
  });

  it("gives the library's findings through POST /v1/check, and none for the story that has them right", async () => {
    const wrong = await json(await request("/v1/check", send("POST", { content: WRONG, format: "markdown" })));
    expect(summary(wrong.findings)).toEqual(summary(check(WRONG, { registry: library, format: "markdown" })));
    expect(wrong.findings.map((f: Finding) => f.ruleId)).toEqual(["figure-mismatch", "inconsistent-elapsed-time", "inconsistent-duration"]);
    const right = await json(await request("/v1/check", send("POST", { content: RIGHT, format: "markdown" })));
    expect(right.findings).toEqual([]);
  });

  it("lists the story that had them right as outdated once newer reports arrive, as the library judges it", async () => {
    expect((await request("/v1/stories", send("POST", { id: "harbour-truce", date: "2031-06-15", format: "markdown", content: RIGHT }, key))).status).toBe(201);
    expect((await json(await request("/v1/stories/outdated"))).items).toEqual([]);
    for (const claim of later) expect((await request("/v1/claims", send("POST", claim, key))).status).toBe(201);
    const listed = await json(await request("/v1/stories/outdated"));
    expect(listed.date).toBe("2031-09-05");
    expect(listed.items.map((s: { id: string }) => s.id)).toEqual(["harbour-truce"]);
    const expected = check(RIGHT, { registry: library.with({ claims: later }), format: "markdown", date: "2031-09-05" }).filter((f) => f.ruleId === "outdated-figure");
    expect(expected).toHaveLength(1);
    expect(summary(listed.items[0].findings)).toEqual(summary(expected));
    expect(listed.items[0].findings[0].fixes.find((f: { kind: string }) => f.kind === "replace").text).toBe("2,600");
  });
});
