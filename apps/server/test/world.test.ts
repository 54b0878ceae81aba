import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Service, openService } from "../src/app.js";
import { createApiKey } from "../src/keys.js";
import { type TestDatabase, drivers, json, send } from "./harness.js";

// A conflict neither dataset knows, made up for these tests: a war on the coast of Veridia.
const PLACE = { id: "veridia", name: "Veridia", aliases: ["Veridian"], demonyms: ["Veridians"] };
const PORT = { id: "port-aster", name: "Port Aster", within: ["veridia"] };
const GOVERNMENT = { id: "veridian-government", name: "Veridian government", aliases: ["Veridian officials"], party: true };
const LEAGUE = { id: "coastal-league", name: "Coastal League", party: true };
const CONFLICT = { id: "veridian-coastal-war", name: "the Veridian coastal war", aliases: ["coastal war"], start: "2031-03-01", places: ["veridia"], parties: ["veridian-government", "coastal-league"] };
const SOURCE = { id: "veridia-health-office", name: "Veridian Health Office", aliases: ["health office"], type: "official-body" };
const SERIES = { id: "veridia-killed", title: "Veridian Health Office: people killed in Veridia, cumulative", source: "veridia-health-office", measure: "killed", population: { place: "veridia" }, cumulative: true, since: "2031-03-01", conflict: "veridian-coastal-war" };
const report = (asOf: string, value: number) => ({ kind: "casualty", id: `veridia-killed:${asOf}`, series: "veridia-killed", measure: "killed", population: { place: "veridia" }, cumulative: true, since: "2031-03-01", asOf, quantity: { value }, citations: [{ source: "veridia-health-office", published: asOf }] });

describe.each(drivers())("places, conflicts and parties on $name", (driver) => {
  let db: TestDatabase;
  let service: Service;
  let key = "";
  const request = (path: string, init?: RequestInit) => service.app.request(path, init);
  const post = (path: string, body: unknown) => request(path, send("POST", body, key));
  const put = (path: string, body: unknown) => request(path, send("PUT", body, key));
  const ndjson = (lines: unknown[]) => request("/v1/import", { method: "POST", headers: { "content-type": "application/x-ndjson", authorization: `Bearer ${key}` }, body: lines.map((l) => JSON.stringify(l)).join("\n") });

  beforeAll(async () => {
    if (driver.unavailable) throw new Error(`the ${driver.name} suite cannot run: ${driver.unavailable}`);
    db = await driver.create();
    service = await openService(db.config, { today: () => "2031-07-15" });
    key = (await createApiKey(service.conn.db, { scope: "write", name: "desk" })).key;
  });
  afterAll(async () => {
    await service?.close();
    await db?.drop();
  });

  it("serves the default registry's places, conflicts and parties, filtered like sources", async () => {
    expect((await json(await request("/v1/conflicts"))).items.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(["israel-gaza-war", "russia-ukraine-war"]));
    expect((await json(await request("/v1/places/rafah"))).within).toEqual(["south-gaza"]);
    expect((await json(await request("/v1/conflicts?place=ukraine"))).items.map((c: { id: string }) => c.id)).toEqual(["russia-ukraine-war"]);
    expect((await json(await request("/v1/places?q=rafah"))).items.map((p: { id: string }) => p.id)).toContain("rafah");
    expect((await request("/v1/conflicts/nowhere-war")).status).toBe(404);
  });

  it("creates places, parties and a conflict, and refuses a second create of one id with 409", async () => {
    for (const [path, record] of [["places", PLACE], ["places", PORT], ["actors", GOVERNMENT], ["actors", LEAGUE], ["conflicts", CONFLICT]] as const) {
      const res = await post(`/v1/${path}`, record);
      expect(res.status, `${path} ${record.id}`).toBe(201);
      expect(res.headers.get("location")).toBe(`/v1/${path}/${record.id}`);
      expect(Number(res.headers.get("x-registry-version"))).toBe(service.store.version);
    }
    expect(service.store.registry.conflicts().find((c) => c.id === "veridian-coastal-war")).toMatchObject({ start: "2031-03-01", parties: ["veridian-government", "coastal-league"] });
    const again = await post("/v1/places", PLACE);
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("conflict");
  });

  it("answers a conflict that fails the schema, or names an unknown place or party, with 422 and the paths", async () => {
    const invalid = await post("/v1/conflicts", { id: "bad-war", name: "Bad war", places: [] });
    expect(invalid.status).toBe(422);
    expect((await json(invalid)).issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: ["places"] })]));
    const dangling = await post("/v1/conflicts", { id: "bad-war", name: "Bad war", start: "2031-01-01", places: ["atlantis"], parties: ["nobody"] });
    expect(dangling.status).toBe(422);
    const problem = await json(dangling);
    expect(problem.code).toBe("invalid-registry");
    expect(problem.issues).toHaveLength(2);
    expect(problem.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "unknown-place", path: ["conflicts", 0, "places", 0] }),
        expect.objectContaining({ code: "unknown-actor", path: ["conflicts", 0, "parties", 0] }),
      ]),
    );
    expect((await request("/v1/conflicts/bad-war")).status).toBe(404);
  });

  it("replaces a conflict with PUT and keeps every version in its history", async () => {
    const res = await put("/v1/conflicts/veridian-coastal-war", { ...CONFLICT, aliases: ["coastal war", "Veridian war"] });
    expect(res.status).toBe(200);
    const history = await json(await request("/v1/conflicts/veridian-coastal-war/history"));
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(["create", "update"]);
    expect(history.items[1].record.aliases).toEqual(["coastal war", "Veridian war"]);
    expect(history.items[1].keyId).toBeDefined();
    expect((await put("/v1/conflicts/other-war", CONFLICT)).status).toBe(422);
    expect((await request("/v1/places/nowhere/history")).status).toBe(404);
  });

  it("imports a source, a series and its reports with the world in one transaction, or nothing", async () => {
    const before = service.store.version;
    const failing = await ndjson([{ place: { id: "salt-flats", name: "Salt Flats", within: ["veridia"] } }, { source: SOURCE }, { series: { ...SERIES, conflict: "no-such-war" } }]);
    expect(failing.status).toBe(422);
    expect(service.store.version).toBe(before);
    expect((await request("/v1/places/salt-flats")).status).toBe(404);
    const res = await ndjson([{ place: { id: "salt-flats", name: "Salt Flats", within: ["veridia"] } }, { source: SOURCE }, { series: SERIES }, report("2031-05-01", 1200), report("2031-06-01", 1850)]);
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ version: before + 1, counts: { places: 1, sources: 1, series: 1, claims: 2 } });
    expect((await json(await request("/v1/places/salt-flats/history"))).items).toMatchObject([{ action: "import", version: before + 1 }]);
  });

  it("judges a draft about the new conflict at once through POST /v1/check", async () => {
    const content = "More than 3,000 people have been killed in Veridia, the health office said. The coastal war, now in its sixth month, has emptied the port.";
    const body = await json(await request("/v1/check", send("POST", { content, date: "2031-06-15" })));
    expect(body.findings.map((f: { ruleId: string; text: string }) => [f.ruleId, f.text])).toEqual([
      ["figure-mismatch", "More than 3,000"],
      ["inconsistent-elapsed-time", "in its sixth month"],
    ]);
    // Moving the war's start moves the elapsed-time judgement with it, with no restart.
    await put("/v1/conflicts/veridian-coastal-war", { ...CONFLICT, start: "2031-01-01" });
    const later = await json(await request("/v1/check", send("POST", { content, date: "2031-06-15" })));
    expect(later.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["figure-mismatch"]);
  });

  it("lists a story about the new conflict as outdated once newer reports arrive", async () => {
    const story = { id: "veridia-toll", date: "2031-06-05", content: "The health office said 1,850 people had been killed in Veridia." };
    expect((await post("/v1/stories", story)).status).toBe(201);
    const at = "/v1/stories/outdated?date=2031-09-05";
    expect((await json(await request(at))).items.map((s: { id: string }) => s.id)).not.toContain("veridia-toll");
    expect((await post("/v1/claims", report("2031-07-01", 2400))).status).toBe(201);
    expect((await post("/v1/claims", report("2031-09-01", 2600))).status).toBe(201);
    const listed = await json(await request(at));
    const item = listed.items.find((s: { id: string }) => s.id === "veridia-toll");
    expect(item.findings).toMatchObject([{ ruleId: "outdated-figure", text: "1,850" }]);
    expect(item.findings[0].fixes.find((f: { kind: string }) => f.kind === "replace").text).toBe("2,600");
  });

  it("refuses to retract a place another record names, naming each record, and retracts it once none does", async () => {
    const refused = await post("/v1/places/veridia/retract", { reason: "merged into another place" });
    expect(refused.status).toBe(422);
    const problem = await json(refused);
    expect(problem.code).toBe("invalid-registry");
    const paths = problem.issues.map((i: { path: (string | number)[] }) => `${i.path[0]}:${i.path.slice(2).join(".")}`);
    expect(paths).toEqual(expect.arrayContaining(["places:within.0", "conflicts:places.0"]));
    expect((await request("/v1/places/veridia")).status).toBe(200);

    const version = service.store.version;
    const res = await post("/v1/places/salt-flats/retract", { reason: "no such place on the coast" });
    expect(res.status).toBe(200);
    expect((await json(res)).id).toBe("salt-flats");
    expect(Number(res.headers.get("x-registry-version"))).toBe(version + 1);
    expect((await request("/v1/places/salt-flats")).status).toBe(404);
    expect(service.store.registry.places().some((p) => p.id === "salt-flats")).toBe(false);
    const history = await json(await request("/v1/places/salt-flats/history"));
    expect(history.items.at(-1)).toMatchObject({ action: "retract", reason: "no such place on the coast", record: { id: "salt-flats", name: "Salt Flats" } });
    expect((await post("/v1/places/salt-flats/retract", { reason: "again" })).status).toBe(404);
    expect((await post("/v1/places/port-aster/retract", { reason: "" })).status).toBe(422);
  });

  it("announces the records a change touched to subscribers, and replays them to a reconnecting stream", async () => {
    const seen: unknown[] = [];
    const stop = service.store.subscribe((change) => seen.push(change));
    await put("/v1/actors/coastal-league", { ...LEAGUE, aliases: ["the League"] });
    stop();
    expect(seen).toEqual([{ version: service.store.version, claims: [], records: { actors: ["coastal-league"] } }]);
    const replayed = await service.store.changesSince(service.store.version - 1, service.store.version);
    expect(replayed).toEqual(seen);
  });

  it("keeps the new conflict after a restart, read back from the tables", async () => {
    const data = await service.store.exportData();
    expect(data.conflicts?.find((c) => c.id === "veridian-coastal-war")?.start).toBe("2031-01-01");
    expect(data.actors.find((a) => a.id === "coastal-league")?.aliases).toEqual(["the League"]);
    expect(data.places?.some((p) => p.id === "salt-flats")).toBe(false);
  });
});
