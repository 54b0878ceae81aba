// The service under hostile input, on each driver: drafts that used to freeze it, figures hidden by
// invisible characters, data that must be kept exactly as sent or refused, and limits that hold.
// Ordering, never timing: a fast answer is shown by arriving while a slow one is still pending.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_SHAPES } from "../../../bench/corpus/hostile.mjs";
import { type Service, openService } from "../src/app.js";
import { createApiKey } from "../src/keys.js";
import { type RunningServer, startServer } from "../src/serve.js";
import { type TestDatabase, drivers, json, send } from "./harness.js";

const FIGURE = "Over 40,000 Palestinians have been killed, the ministry said.";

describe.each(drivers())("hostile drafts on a listening $name server", (driver) => {
  let db: TestDatabase;
  let running: RunningServer;

  beforeAll(async () => {
    if (driver.unavailable) throw new Error(`the ${driver.name} suite cannot run: ${driver.unavailable}`);
    // A deadline well under what the hostile draft below takes, on a fast machine too.
    db = await driver.create({ PORT: "0", FACTMARK_CHECK_THREADS: "1", FACTMARK_CHECK_TIMEOUT_MS: "400" });
    running = await startServer(db.config);
  });
  afterAll(async () => {
    await running?.close();
    await db?.drop();
  });

  it("answers /healthz while a hostile check runs, and ends the check at its deadline", async () => {
    // 900 KB of figures take most of a second to check on one core: past the 400 ms deadline.
    const content = HOSTILE_SHAPES["text-figures"]!.make(900 * 1024);
    let checkDone = false;
    const checking = fetch(`${running.url}/v1/check`, send("POST", { content, date: "2024-05-04" })).then(async (res) => {
      checkDone = true;
      return { status: res.status, body: await json(res) };
    });
    // Sent once the check has reached the worker thread, and before its deadline.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const health = await fetch(`${running.url}/healthz`);
    expect(health.status).toBe(200);
    expect(checkDone).toBe(false);
    const checked = await checking;
    expect(checked.status).toBe(503);
    expect(checked.body).toMatchObject({ code: "timeout" });
    expect(checked.body.detail).toContain("400 ms");
    // The thread that was ended is replaced: checks are answered again once the new thread has
    // started (on a busy machine a first one may itself reach the deadline while it starts).
    let next: Response | undefined;
    for (let attempt = 0; attempt < 10 && next?.status !== 200; attempt++) next = await fetch(`${running.url}/v1/check`, send("POST", { content: FIGURE, date: "2024-05-04" }));
    expect(next?.status).toBe(200);
    expect(running.service.pool.counts.timedOut).toBeGreaterThanOrEqual(1);
  });

});

describe.each(drivers())("a slow client on a listening $name server", (driver) => {
  let db: TestDatabase;
  let running: RunningServer;

  beforeAll(async () => {
    if (driver.unavailable) throw new Error(`the ${driver.name} suite cannot run: ${driver.unavailable}`);
    db = await driver.create({ PORT: "0", FACTMARK_REQUEST_TIMEOUT_MS: "500" });
    running = await startServer(db.config);
  });
  afterAll(async () => {
    await running?.close();
    await db?.drop();
  });

  it("answers a slow request body once and then closes the connection", async () => {
    const { port } = new URL(running.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => {
        socket.write('POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"content":');
      });
      let data = "";
      socket.on("data", (chunk) => (data += chunk));
      socket.on("close", () => resolve(data));
      socket.on("error", reject);
      setTimeout(() => reject(new Error(`the server kept the connection open; received ${data}`)), 10_000).unref();
    });
    expect(answer.match(/^HTTP\/1\.1 \d{3}/gm)).toHaveLength(1);
    expect(answer).toMatch(/^HTTP\/1\.1 (408|503)/);
    expect(answer.toLowerCase()).toContain("connection: close");
  });
});

describe.each(drivers())("hostile input on $name", (driver) => {
  let db: TestDatabase;
  let service: Service;
  let write: string;
  const request = (path: string, init?: RequestInit) => service.app.request(path, init);

  beforeAll(async () => {
    if (driver.unavailable) throw new Error(`the ${driver.name} suite cannot run: ${driver.unavailable}`);
    db = await driver.create({ FACTMARK_AUTH_FAILURE_LIMIT: "60" });
    service = await openService(db.config, { today: () => "2024-06-20" });
    write = (await createApiKey(service.conn.db, { scope: "write" })).key;
  });
  afterAll(async () => {
    await service?.close();
    await db?.drop();
  });

  it("answers a ProseMirror content array of 400,000 zeros with its first problems and their count", async () => {
    const res = await request("/v1/check", send("POST", { content: HOSTILE_SHAPES["prosemirror-zeros"]!.make(800_000), date: "2024-05-04" }));
    expect(res.status).toBe(422);
    const text = await res.text();
    expect(text.length).toBeLessThan(20_000);
    const problem = JSON.parse(text);
    expect(problem.issues.length).toBeLessThanOrEqual(50);
    expect(problem.detail).toContain("400000 problems");
  });

  it("caps the issues of any schema failure and counts them", async () => {
    const claims = Array.from({ length: 300 }, () => ({ kind: "casualty" }));
    const res = await request("/v1/claims/x/supersede", send("POST", { claim: { kind: "casualty", citations: claims }, reason: "nope" }, write));
    expect(res.status).toBe(422);
    const problem = await json(res);
    expect(problem.issues).toHaveLength(50);
    expect(problem.issueCount).toBeGreaterThan(50);
  });

  it("blocks a figure hidden by invisible characters at the publish gate", async () => {
    for (const mark of ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e"]) {
      const content = `Over 40,0${mark}00 Palestinians have been killed, the ministry said.`;
      const res = await request("/v1/check?gate=publish", send("POST", { content, date: "2024-05-04" }));
      expect(res.status, JSON.stringify(mark)).toBe(422);
      const problem = await json(res);
      expect(problem.code).toBe("publish-blocked");
      expect(problem.findings[0].text).toBe(`Over 40,0${mark}00`);
    }
    for (const entity of ["&#8203;", "&shy;"]) {
      const res = await request("/v1/check?gate=publish", send("POST", { content: `<p>Over 40,0${entity}00 Palestinians have been killed, the ministry said.</p>`, format: "html", date: "2024-05-04" }));
      expect(res.status, entity).toBe(422);
    }
  });

  it("refuses a story that is not well-formed Unicode, and keeps nothing of it", async () => {
    const res = await request("/v1/stories", send("POST", { id: "lone-surrogate", date: "2024-05-04", content: "\ud800Over 34,000 Palestinians have been killed." }, write));
    expect(res.status).toBe(422);
    expect((await json(res)).issues[0].path).toEqual(["content"]);
    expect((await request("/v1/stories/lone-surrogate")).status).toBe(404);
    const key = await request("/v1/claims", send("POST", { "\udc00": 1 }, write));
    expect(key.status).toBe(422);
  });

  it("keeps a story with every kind of character exactly as sent, offsets included", async () => {
    const content = "Über 34,000 Palästinenser 😀 \u200b were killed, the ministry said. \u0085\u2028 𝟘";
    expect((await request("/v1/stories", send("POST", { id: "unicode-story", date: "2024-05-04", content }, write))).status).toBe(201);
    const story = await json(await request("/v1/stories/unicode-story"));
    expect(story.content).toBe(content);
    for (const m of story.mentions) expect(content.slice(m.from, m.to)).toBe(m.text);
  });

  it("refuses a NUL in a story URL with 422, not a database failure", async () => {
    const res = await request("/v1/stories", send("POST", { id: "nul-url", url: "https://example.org/a\u0000b", date: "2024-05-04", content: "Text." }, write));
    expect(res.status).toBe(422);
    expect((await json(res)).issues[0].path).toEqual(["url"]);
  });

  it("refuses ProseMirror attrs nested 100,000 levels with 422", async () => {
    let attrs: Record<string, unknown> = { x: 1 };
    for (let i = 0; i < 100_000; i++) attrs = { a: attrs };
    const doc = { type: "doc", attrs, content: [{ type: "paragraph", content: [{ type: "text", text: FIGURE }] }] };
    // JSON.stringify itself overflows on this depth: the body is written by hand.
    const body = `{"id":"deep-attrs","date":"2024-05-04","content":{"type":"doc","attrs":${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)},"content":[]}}`;
    for (const [path, text] of [["/v1/stories", body], ["/v1/check", body.replace('"id":"deep-attrs",', "")]] as const) {
      const res = await request(path, send("POST", text, write));
      expect(res.status, path).toBe(422);
      expect((await json(res)).detail).toMatch(/nested deeper than 512 levels/);
    }
    expect(doc.type).toBe("doc");
  });

  it("refuses a YAML alias bomb in front matter with 422", async () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const content = `---\n${levels.join("\n")}\ndate: 2024-05-04\n---\n\n${FIGURE}`;
    const res = await request("/v1/stories", send("POST", { id: "alias-bomb", date: "2024-05-04", format: "markdown", content }, write));
    expect(res.status).toBe(422);
    expect((await json(res)).code).toBe("parse-error");
    expect((await request("/v1/check", send("POST", { content, format: "markdown" }))).status).toBe(422);
  });

  it("checks and keeps a story of deep emphasis", async () => {
    const content = `${"*a _b ".repeat(20_000)}${FIGURE}`;
    const res = await request("/v1/stories", send("POST", { id: "deep-emphasis", date: "2024-05-04", format: "markdown", content }, write));
    expect(res.status).toBe(201);
    expect((await json(res)).findings.map((f: { text: string }) => f.text)).toContain("Over 40,000");
  });

  it("checks the corrections desk's list once per registry version and story revision", async () => {
    await request("/v1/stories", send("POST", { id: "outdated-story", date: "2024-05-04", content: "Over 34,000 Palestinians have been killed, the ministry said." }, write));
    const checks = () => service.pool.counts.completed;
    const first = await json(await request("/v1/stories/outdated"));
    expect(first.items.map((s: { id: string }) => s.id)).toContain("outdated-story");
    const before = checks();
    for (let i = 0; i < 5; i++) expect(await json(await request("/v1/stories/outdated"))).toEqual(first);
    expect(checks()).toBe(before);
    // A new revision of the story is checked again, and only it.
    await request("/v1/stories", send("POST", { id: "outdated-story", date: "2024-05-04", content: "Over 35,000 Palestinians have been killed, the ministry said." }, write));
    const afterWrite = checks();
    const again = await json(await request("/v1/stories/outdated"));
    expect(again.items.find((s: { id: string }) => s.id === "outdated-story").findings[0].text).toBe("Over 35,000");
    expect(checks()).toBe(afterWrite + 1);
  });

  it("throttles failed authentication per address before looking the key up", async () => {
    const wrong = `${write.slice(0, -4)}AAAA`;
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 12; i++) {
      const res = await request("/v1/registry", { headers: { authorization: `Bearer ${wrong}` } });
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    // A burst of 6 failures (a tenth of 60 a minute), then 429 with Retry-After.
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(statuses.slice(6).every((s) => s === 429)).toBe(true);
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await json(limited!)).code).toBe("rate-limited");
    // Requests without a key are not held back by others' failures.
    expect((await request("/v1/sources")).status).toBe(200);
  });
});
