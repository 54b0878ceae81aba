import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rejected, thrown } from "./helpers.js";
import { FactmarkError } from "../src/errors.js";
import { parseClaimsCSV, parseRegistry, parseRegistryJSON, parseRegistryNDJSON, readRegistryNDJSON } from "../src/load.js";
import { Registry } from "../src/registry.js";

const read = (name: string) => readFileSync(new URL(`./fixtures/registry/${name}`, import.meta.url), "utf8");
const json = read("gaza-2024-05.json");
const ndjson = read("gaza-2024-05.ndjson");
const csv = read("gaza-killed.csv");

async function* chunksOf<T>(parts: T[]): AsyncGenerator<T> {
  for (const part of parts) yield part;
}

const claimLine = (id: string, asOf: string, value: number | string) =>
  `{"kind":"casualty","id":"${id}","series":"gaza-moh-killed","measure":"killed","population":{"place":"gaza"},"asOf":"${asOf}","quantity":{"value":${JSON.stringify(value)}},"citations":[{"source":"gaza-moh","published":"${asOf}"}]}`;

describe("parseRegistryJSON", () => {
  it("parses the Gaza fixture with schema defaults applied", () => {
    const data = parseRegistryJSON(json, { file: "gaza-2024-05.json" });
    expect(data.date).toBe("2024-05-06");
    expect(data.claims).toHaveLength(23);
    expect(data.sources.map((source) => source.id)).toEqual(["gaza-moh", "ocha", "ap", "idf", "ipc", "israeli-official-anon"]);
    const killed = data.claims[4]!;
    expect(killed.kind === "casualty" && [killed.id, killed.quantity.value, killed.population.group, killed.status]).toEqual([
      "gaza-moh-killed-2024-05-04",
      34654,
      "people",
      "current",
    ]);
  });

  it("ignores a byte-order mark", () => {
    expect(parseRegistryJSON(`\uFEFF${json}`)).toEqual(parseRegistryJSON(json));
  });

  it.each(["", "   \n\t\n", "\uFEFF"])("rejects the empty input %j as an empty file", (text) => {
    const error = thrown(() => parseRegistryJSON(text, { file: "registry.json" }));
    expect(error.code).toBe("parse-error");
    expect(error.message).toContain("registry.json: parse-error: empty file");
    expect(error.location?.file).toBe("registry.json");
  });

  it.each([
    ["a trailing comma", '{"version":1,}', 1, 14],
    ["a truncated file", '{\n  "claims": [\n    {"kind": "casualty", "id": "x"', 3, 35],
    ["a bare word on line 3", '{\n  "version": 1,\n  "date": 2024-05-04\n}', 3, 15],
    ["a stray bracket", '{"sources": []]', 1, 15],
    ["garbage after the document", '{"sources": []} x', 1, 17],
    ["an unquoted key", "{version: 1}", 1, 2],
  ])("reports %s as a parse error at its line and column", (_, text, line, column) => {
    const error = thrown(() => parseRegistryJSON(text, { file: "registry.json" }));
    expect(error.code).toBe("parse-error");
    expect(error.location).toEqual({ file: "registry.json", line, column });
    expect(error.message).toContain(`registry.json:${line}:${column}: invalid JSON`);
    expect(error.message).toContain('for example {"version":1');
  });

  it.each([
    ["a figure written as a string", (data: any) => (data.claims[12].quantity.value = "34,654"), ["claims", 12, "quantity", "value"]],
    ["a citation with no source", (data: any) => delete data.claims[0].citations[0].source, ["claims", 0, "citations", 0, "source"]],
    ["a misspelt measure", (data: any) => (data.claims[3].measure = "kiled"), ["claims", 3, "measure"]],
    ["an unknown source type", (data: any) => (data.sources[2].type = "wire"), ["sources", 2, "type"]],
    ["a date that does not exist", (data: any) => (data.date = "2024-02-30"), ["date"]],
  ])("reports %s with the zod path of the value", (_, mutate, path) => {
    const data = JSON.parse(json);
    mutate(data);
    const error = thrown(() => parseRegistryJSON(JSON.stringify(data), { file: "registry.json" }));
    expect(error.code).toBe("invalid-registry");
    expect(error.location?.path).toEqual(path);
    expect(error.message).toContain(path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i ? "." : ""}${part}`)).join(""));
    expect(error.issues?.length).toBeGreaterThan(0);
  });

  it("rejects an array of claims with a hint at the expected object", () => {
    const error = thrown(() => parseRegistryJSON(`[${claimLine("a", "2024-05-04", 34654)}]`));
    expect(error.code).toBe("invalid-registry");
    expect(error.message).toContain("Expected a registry, for example");
  });

  it.each([
    ["an unterminated 100k-deep array", "[".repeat(100_000)],
    ["a closed 100k-deep array", "[".repeat(100_000) + "]".repeat(100_000)],
    ["a 100k-deep array inside a claim", `{"claims":[{"note":${"[".repeat(100_000)}${"]".repeat(100_000)}}]}`],
  ])("survives %s with a FactmarkError, not a stack overflow", (_, text) => {
    const error = thrown(() => parseRegistryJSON(text));
    expect(["parse-error", "invalid-registry", "limit-exceeded"]).toContain(error.code);
  });
});

describe("parseRegistryNDJSON", () => {
  it("reads the same registry as the JSON fixture", () => {
    expect(parseRegistryNDJSON(ndjson, { file: "gaza-2024-05.ndjson" })).toEqual(parseRegistryJSON(json));
  });

  it("skips blank lines and // comments, and accepts CRLF and a BOM", () => {
    const text = `\uFEFF// killed, Gaza MoH\r\n\r\n${claimLine("a", "2024-05-03", 34622)}\r\n   \r\n// next day\r\n${claimLine("b", "2024-05-04", 34654)}`;
    const data = parseRegistryNDJSON(text);
    expect(data.claims.map((claim) => claim.kind === "casualty" && claim.quantity.value)).toEqual([34622, 34654]);
  });

  it.each(["", "\n\n", "// nothing yet\n"])("reads %j as an empty registry", (text) => {
    expect(parseRegistryNDJSON(text)).toEqual({ version: 1, sources: [], actors: [], places: [], conflicts: [], series: [], claims: [] });
  });

  it("takes the registry's date from its header line", () => {
    expect(parseRegistryNDJSON('{"registry":{"version":1,"date":"2024-06-01"}}\n').date).toBe("2024-06-01");
  });

  it.each([
    ["a truncated line", `${claimLine("a", "2024-05-03", 34622)}\n${claimLine("b", "2024-05-04", 34654).slice(0, 60)}\n${claimLine("c", "2024-05-05", 34683)}`, "parse-error", 2, undefined],
    ["a figure written as a string", `// header\n${claimLine("a", "2024-05-03", 34622)}\n\n${claimLine("b", "2024-05-04", "34,654")}\n${claimLine("c", "2024-05-05", 34683)}`, "invalid-registry", 4, ["quantity", "value"]],
    ["a source with a bad id", '{"source":{"id":"Gaza MoH","name":"Gaza Ministry of Health","type":"official-body"}}', "invalid-registry", 1, ["source", "id"]],
    ["a record of no known shape", '{"claim":{"id":"a"}}', "invalid-registry", 1, undefined],
    ["a bare number", "42", "invalid-registry", 1, undefined],
    ["a second header", '{"registry":{"version":1}}\n{"registry":{"version":1,"date":"2024-06-01"}}', "invalid-registry", 2, undefined],
    ["an unsupported version", '{"registry":{"version":2}}', "invalid-registry", 1, ["registry", "version"]],
  ] as const)("rejects %s, naming the file and line, and returns nothing", (_, text, code, line, path) => {
    const error = thrown(() => parseRegistryNDJSON(text, { file: "gaza.ndjson" }));
    expect(error.code).toBe(code);
    expect(error.location?.file).toBe("gaza.ndjson");
    expect(error.location?.line).toBe(line);
    if (path) expect(error.location?.path).toEqual(path);
    expect(error.message).toMatch(new RegExp(`^gaza\\.ndjson:${line}(:\\d+)?: `));
    expect(error.message).toContain("for example");
  });

  it("leaves a registry untouched when the records to add fail on a middle line", () => {
    const registry = Registry.from(parseRegistryJSON(json));
    const text = [claimLine("gaza-moh-killed-2024-05-07", "2024-05-07", 34789), "{oops", claimLine("gaza-moh-killed-2024-05-08", "2024-05-08", 34844)].join("\n");
    expect(() => registry.with(parseRegistryNDJSON(text))).toThrow(FactmarkError);
    expect(registry.size).toBe(23);
    expect(registry.latest("gaza-moh-killed")?.quantity.value).toBe(34735);
  });

  it("rejects a line longer than maxLineLength", () => {
    const error = thrown(() => parseRegistryNDJSON(`// ok\n${"x".repeat(101)}\n`, { maxLineLength: 100 }));
    expect(error.code).toBe("limit-exceeded");
    expect(error.location?.line).toBe(2);
  });
});

describe("readRegistryNDJSON", () => {
  it("reads lines split across string chunks of every size", async () => {
    const expected = parseRegistryNDJSON(ndjson);
    for (const size of [1, 7, 64, 4096]) {
      const parts: string[] = [];
      for (let i = 0; i < ndjson.length; i += size) parts.push(ndjson.slice(i, i + size));
      expect(await readRegistryNDJSON(chunksOf(parts))).toEqual(expected);
    }
  });

  it("decodes UTF-8 split inside a character across byte chunks", async () => {
    const text = '{"source":{"id":"gaza-moh","name":"Gaza Ministry of Health","aliases":["Gaza\u2019s Health Ministry","وزارة الصحة"],"type":"official-body"}}';
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 3) parts.push(bytes.subarray(i, i + 3));
    const data = await readRegistryNDJSON(chunksOf(parts));
    expect(data.sources[0]?.aliases).toEqual(["Gaza\u2019s Health Ministry", "وزارة الصحة"]);
  });

  it("rejects bytes that are not UTF-8 with the line they are on", async () => {
    const good = new TextEncoder().encode(`${claimLine("a", "2024-05-03", 34622)}\n`);
    const error = await rejected(() => readRegistryNDJSON(chunksOf([good, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x0a])])));
    expect(error.code).toBe("parse-error");
    expect(error.message).toContain("not UTF-8");
  });

  it("stops reading at a bad line in the middle and closes the stream", async () => {
    let pulled = 0;
    let closed = false;
    async function* lines() {
      try {
        for (let day = 1; day <= 1000; day++) {
          pulled++;
          yield day === 3 ? "{oops\n" : `${claimLine(`k${day}`, "2024-05-03", day)}\n`;
        }
      } finally {
        closed = true;
      }
    }
    const error = await rejected(() => readRegistryNDJSON(lines(), { file: "stream.ndjson" }));
    expect(error.code).toBe("parse-error");
    expect(error.location).toMatchObject({ file: "stream.ndjson", line: 3, column: 2 });
    expect(pulled).toBe(3);
    expect(closed).toBe(true);
  });

  it("rejects a hostile endless line as soon as it passes the limit instead of buffering it", async () => {
    let pulled = 0;
    async function* endless() {
      yield `${claimLine("a", "2024-05-03", 34622)}\n// comment\n`;
      const block = "x".repeat(64 * 1024);
      for (;;) {
        pulled++;
        yield block;
      }
    }
    const error = await rejected(() => readRegistryNDJSON(endless()));
    expect(error.code).toBe("limit-exceeded");
    expect(error.location?.line).toBe(3);
    expect(error.message).toContain("line 3 is longer than 1048576 characters");
    expect(pulled).toBe(17);
  });

  it(
    "reads a 100 MB NDJSON stream without holding its text",
    async () => {
      const target = 100 * 1024 * 1024;
      const quote = "The toll of the Israeli aggression has risen since October 7, according to the ministry's daily bulletin. ".repeat(8);
      const encoder = new TextEncoder();
      let bytes = 0;
      let lines = 0;
      // Each chunk is ~1 MB of ~1 KB claim lines; dates and values vary so every line is a distinct, valid claim.
      async function* generate() {
        while (bytes < target) {
          let chunk = "";
          while (chunk.length < 1024 * 1024) {
            const day = lines % 28;
            const asOf = `2024-${String(1 + (Math.floor(lines / 28) % 12)).padStart(2, "0")}-${String(1 + day).padStart(2, "0")}`;
            chunk += `{"kind":"casualty","id":"k${lines}","series":"s${lines % 500}","measure":"killed","population":{"place":"gaza"},"asOf":"${asOf}","quantity":{"value":${lines}},"citations":[{"source":"gaza-moh","published":"${asOf}","quote":"${quote}"}]}\n`;
            lines++;
          }
          const encoded = encoder.encode(chunk);
          bytes += encoded.length;
          yield encoded;
        }
      }
      const data = await readRegistryNDJSON(generate());
      expect(bytes).toBeGreaterThanOrEqual(target);
      expect(data.claims).toHaveLength(lines);
      expect(data.claims.at(-1)).toMatchObject({ id: `k${lines - 1}`, quantity: { value: lines - 1 } });
    },
    60_000,
  );
});

describe("parseClaimsCSV", () => {
  it("reads quoted fields, thousands separators, CRLF and line breaks inside quotes", () => {
    const data = parseClaimsCSV(csv, { file: "gaza-killed.csv" });
    expect(data.claims.map((claim) => claim.id)).toEqual([
      "gaza-moh-killed-2024-05-03",
      "gaza-moh-killed-2024-05-04",
      "gaza-moh-killed-2024-05-05",
      "ocha-sheltering-rafah-2024-05-05",
    ]);
    const [first, , third, range] = data.claims as Extract<(typeof data.claims)[number], { kind: "casualty" }>[];
    expect(first!.quantity.value).toBe(34622);
    expect(first!.citations[0]).toEqual({ source: "gaza-moh", published: "2024-05-03", url: "https://t.me/MOHMediaGaza" });
    expect(third!.population.group).toBe("people");
    expect(third!.cumulative).toBe(true);
    expect(third!.citations[0]!.quote).toBe('A quote with "double quotes", a comma,\r\nand a line break');
    expect(range!.quantity).toEqual({ low: 1_200_000, high: 1_400_000, qualifier: "exact" });
    expect(range!.cumulative).toBe(false);
    expect(range!.series).toBeUndefined();
    expect(data.sources).toEqual([]);
  });

  it("reads header names in any order and case, with a BOM", () => {
    const data = parseClaimsCSV("\uFEFFPublished,Source,VALUE,asof,place,measure,id\n2024-05-04,gaza-moh,34654,2024-05-04,gaza,killed,k1\n");
    expect(data.claims[0]).toMatchObject({ id: "k1", asOf: "2024-05-04", quantity: { value: 34654 } });
  });

  it.each(["", "\r\n", "id,measure,place,asOf,value,source,published\r\n"])("reads %j as a registry with no claims", (text) => {
    expect(parseClaimsCSV(text).claims).toEqual([]);
  });

  const header = "id,measure,place,asOf,value,source,published";
  it.each([
    ["a missing column", "id,measure,place,asOf,value,source\nk1,killed,gaza,2024-05-04,34654,gaza-moh", 1, undefined, 'missing column "published"'],
    ["no quantity column", "id,measure,place,asOf,source,published\nk1,killed,gaza,2024-05-04,gaza-moh,2024-05-04", 1, undefined, 'missing column "value"'],
    ["an unknown column", "id,measure,place,asOf,vaule,source,published", 1, 5, 'received the column "vaule"'],
    ["a bad number", `${header}\nk1,killed,gaza,2024-05-03,34622,gaza-moh,2024-05-03\nk2,killed,gaza,2024-05-04,34.6k,gaza-moh,2024-05-04`, 3, 5, 'column "value": received "34.6k"'],
    ["a negative number", `${header}\nk1,killed,gaza,2024-05-04,-3,gaza-moh,2024-05-04`, 2, 5, 'column "value"'],
    ["an unknown measure", `${header}\nk1,dead,gaza,2024-05-04,34654,gaza-moh,2024-05-04`, 2, 2, 'column "measure"'],
    ["a bad date after a multi-line field", `${header},quote\nk1,killed,gaza,2024-05-03,34622,gaza-moh,2024-05-03,"two\nlines"\nk2,killed,gaza,4 May,34654,gaza-moh,2024-05-04,`, 4, 4, 'column "asOf"'],
    ["a short row", `${header}\nk1,killed,gaza,2024-05-04,34654,gaza-moh`, 2, undefined, "received 6 fields; expected 7"],
    ["an unterminated quote", `${header}\nk1,killed,gaza,2024-05-04,"34654,gaza-moh,2024-05-04`, 2, undefined, "malformed CSV"],
  ])("rejects %s, naming the line and column", (_, text, line, column, message) => {
    const error = thrown(() => parseClaimsCSV(text, { file: "claims.csv" }));
    expect(["invalid-registry", "parse-error"]).toContain(error.code);
    expect(error.location?.file).toBe("claims.csv");
    expect(error.location?.line).toBe(line);
    expect(error.location?.column).toBe(column);
    expect(error.message).toContain(message);
    expect(error.message).toMatch(/^claims\.csv:\d+/);
  });
});

describe("parseClaimsCSV: numbers and delimiters", () => {
  const row = (value: string, delimiter = ",") =>
    ["id", "measure", "place", "asOf", "value", "source", "published"].join(delimiter) + "\n" + ["k1", "killed", "gaza", "2024-05-04", value, "gaza-moh", "2024-05-04"].join(delimiter) + "\n";
  const valueOf = (text: string) => (parseClaimsCSV(text).claims[0] as Extract<ReturnType<typeof parseClaimsCSV>["claims"][number], { kind: "casualty" }>).quantity.value;

  it.each([
    ["34654", 34654],
    ['"34,654"', 34654],
    ["13.000", 13000],
    ["1.234.567", 1234567],
    ['"1,234,567"', 1234567],
    ["34 654", 34654],
    ['"1,234.5"', 1234.5],
    ['"1.234,5"', 1234.5],
    ["13.5", 13.5],
    ["0.500", 0.5],
  ])("reads %s in a comma-separated file as %d", (cell, expected) => {
    expect(valueOf(row(cell))).toBe(expected);
  });

  it.each([
    ["34654", 34654],
    ["34.654", 34654],
    ["1.234.567", 1234567],
    ["1,5", 1.5],
    ["1.234,5", 1234.5],
    ["1,234,567", 1234567],
  ])("reads %s in a semicolon-separated file as %d", (cell, expected) => {
    expect(valueOf(row(cell, ";"))).toBe(expected);
  });

  it("reads a tab-separated file", () => {
    expect(valueOf(row("34654", "\t"))).toBe(34654);
  });

  it("rejects a figure that reads two ways in a semicolon-separated file, naming both", () => {
    const error = thrown(() => parseClaimsCSV(row("34,654", ";"), { file: "figures.csv" }));
    expect(error.code).toBe("invalid-registry");
    expect(error.location).toMatchObject({ file: "figures.csv", line: 2, column: 5 });
    expect(error.message).toContain('column "value": received "34,654", which reads as 34654 or as 34.654');
  });

  it.each(["1,234,5", "1.23.456", "12.34.567"])("rejects the malformed number %s", (cell) => {
    expect(thrown(() => parseClaimsCSV(row(`"${cell}"`))).message).toContain("expected a non-negative number");
  });

  it("honours an explicit delimiter over the header's", () => {
    expect(thrown(() => parseClaimsCSV(row("34654", ";"), { delimiter: "," })).message).toContain('received the column "id;measure');
  });
});

describe("parseClaimsCSV: sources, series and places", () => {
  const header = "id,series,measure,group,place,asOf,value,source,published,sourceName,sourceType,seriesTitle,cadence,interval,placeName,placeWithin";
  const text = [
    header,
    "k1,ky-killed,killed,people,khan-younis,2024-05-04,120,newsroom,2024-05-04,The Newsroom,news-outlet,Killed in Khan Younis,weekly,10,Khan Younis,gaza",
    "k2,ky-killed,killed,people,khan-younis,2024-05-11,130,newsroom,2024-05-11,,,,,,,",
    "k3,ky-injured,injured,people,khan-younis,2024-05-11,400,newsroom,2024-05-11,The Newsroom,,Injured in Khan Younis,,,,",
    "k4,,killed,children,gaza,2024-05-11,5,unicef,2024-05-11,UNICEF,,,,,,",
  ].join("\n");

  it("declares the sources, series and places its rows describe", () => {
    const data = parseClaimsCSV(text, { file: "newsroom.csv" });
    expect(data.claims).toHaveLength(4);
    expect(data.sources).toEqual([
      { id: "newsroom", name: "The Newsroom", type: "news-outlet", aliases: [], party: false },
      { id: "unicef", name: "UNICEF", type: "other", aliases: [], party: false },
    ]);
    expect(data.series).toEqual([
      expect.objectContaining({ id: "ky-killed", title: "Killed in Khan Younis", source: "newsroom", measure: "killed", population: { group: "people", place: "khan-younis" }, cadence: "weekly", interval: 10 }),
      expect.objectContaining({ id: "ky-injured", title: "Injured in Khan Younis", measure: "injured", cadence: "irregular" }),
    ]);
    expect(data.places).toEqual([{ id: "khan-younis", name: "Khan Younis", aliases: [], demonyms: [], within: ["gaza"] }]);
    const registry = Registry.from(data);
    expect(registry.reportingInterval("ky-killed")).toBe(10);
    expect(registry.findSource("the newsroom")?.id).toBe("newsroom");
  });

  it("reads snake_case and spaced header names", () => {
    const data = parseClaimsCSV("id,measure,place,as_of,value,source,published,Source Name\nk1,killed,gaza,2024-05-04,1,gaza-moh,2024-05-04,Gaza Ministry of Health\n");
    expect(data.sources[0]?.name).toBe("Gaza Ministry of Health");
  });

  it.each([
    ["a source named two ways", `${header}\nk1,s,killed,people,gaza,2024-05-04,1,moh,2024-05-04,Ministry,,,,,,\nk2,s,killed,people,gaza,2024-05-05,2,moh,2024-05-05,The Ministry,,,,,,`, 3, 10, 'column "sourceName": received "The Ministry" for source "moh", which line 2 gave "Ministry"'],
    ["a series title on a row with no series", `${header}\nk1,,killed,people,gaza,2024-05-04,1,moh,2024-05-04,,,Killed,,,,`, 2, 12, "on a row with no series id"],
    ["a series declared without a title", `${header}\nk1,s,killed,people,gaza,2024-05-04,1,moh,2024-05-04,,,,weekly,,,`, 2, 12, 'column "seriesTitle"'],
    ["an unknown source type", `${header}\nk1,s,killed,people,gaza,2024-05-04,1,moh,2024-05-04,Ministry,ministry,,,,,`, 2, 11, 'column "sourceType"'],
    ["a bad interval", `${header}\nk1,s,killed,people,gaza,2024-05-04,1,moh,2024-05-04,,,Killed,weekly,soon,,`, 2, 14, 'column "interval"'],
  ])("rejects %s, naming the line and column", (_, csvText, line, column, message) => {
    const error = thrown(() => parseClaimsCSV(csvText, { file: "newsroom.csv" }));
    expect(error.code).toBe("invalid-registry");
    expect(error.location).toMatchObject({ file: "newsroom.csv", line, column });
    expect(error.message).toContain(message);
  });
});

describe("parseRegistry", () => {
  it.each([
    ["registry.json", json, 23],
    ["registry.ndjson", ndjson, 23],
    ["registry.JSONL", ndjson, 23],
    ["data/killed.csv", csv, 4],
  ])("reads %s by its extension", (file, text, claims) => {
    expect(parseRegistry(text, { file }).claims).toHaveLength(claims);
  });

  it("lets the format option override the extension", () => {
    expect(parseRegistry(ndjson, { file: "registry.txt", format: "ndjson" }).claims).toHaveLength(23);
  });

  it.each([
    [{ file: "registry.yaml" }, '".yaml"'],
    [{ file: "registry" }, '"registry" with no extension'],
    [{}, "no file name and no format"],
    [{ format: "xml" as never }, '"xml"'],
  ])("rejects %j as an unsupported format, naming what it received and expects", (options, received) => {
    const error = thrown(() => parseRegistry("{}", options));
    expect(error.code).toBe("unsupported-format");
    expect(error.message).toContain(received);
    expect(error.message).toMatch(/json/);
    expect(error.message).toContain("for example");
  });
});
