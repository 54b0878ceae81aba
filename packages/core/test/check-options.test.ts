import { describe, expect, it } from "vitest";
import { type CheckOptions, check, checkDocument, parseInput } from "../src/index.js";
import { mayRegistry, thrown } from "./helpers.js";

const TEXT = "Over 34,000 Palestinians have been killed in Gaza, the ministry said.";

/** Calls check() with options a typed caller could not write, as JavaScript callers can. */
function checkWith(options: unknown, input: string | object = TEXT) {
  return check(input, options as CheckOptions);
}

describe("check()'s options", () => {
  const registry = mayRegistry();

  it("accepts a registry and a date", () => {
    expect(checkWith({ registry, date: "2024-05-04" })).toEqual(check(TEXT, { registry, date: "2024-05-04" }));
  });

  it("names missing options and shows a call that works", () => {
    const error = thrown(() => checkWith(undefined));
    expect(error.code).toBe("invalid-config");
    expect(error.message).toContain("received nothing (undefined)");
    expect(error.message).toContain('{ registry: defaultRegistry(), date: "2024-05-04" }');
  });

  it("names a missing registry and what would be valid", () => {
    const error = thrown(() => checkWith({ date: "2024-05-04" }));
    expect(error.code).toBe("invalid-config");
    expect(error.issues?.[0]?.path).toEqual(["registry"]);
    expect(error.message).toContain("→ at registry");
    expect(error.message).toContain("received nothing (undefined); expected a Registry");
  });

  it("tells raw registry data from a Registry and says how to wrap it", () => {
    const error = thrown(() => checkWith({ registry: registry.toData(), date: "2024-05-04" }));
    expect(error.code).toBe("invalid-config");
    expect(error.message).toContain("received raw registry data (an object with keys");
    expect(error.message).toContain("Registry.from(");
  });

  it("names a registry that is some other value", () => {
    const error = thrown(() => checkWith({ registry: "default", date: "2024-05-04" }));
    expect(error.message).toContain('received the string "default"; expected a Registry');
  });

  it.each([
    ["2024-5-4", 'the string "2024-5-4"'],
    ["2024-02-30", 'the string "2024-02-30"'],
    [20240504, "the number 20240504"],
    [new Date(Date.UTC(2024, 4, 4)), "a Date object"],
  ])("names a malformed date (%s) and the form expected", (date, received) => {
    const error = thrown(() => checkWith({ registry, date }));
    expect(error.code).toBe("invalid-date");
    expect(error.issues?.[0]?.path).toEqual(["date"]);
    expect(error.message).toContain(`received ${received}, which is not a date; expected a calendar date written YYYY-MM-DD`);
  });

  it("says how to turn a Date into the date string", () => {
    expect(thrown(() => checkWith({ registry, date: new Date() })).message).toContain("date.toISOString().slice(0, 10)");
  });

  it("names an unknown format and lists the formats", () => {
    const error = thrown(() => checkWith({ registry, date: "2024-05-04", format: "md" }));
    expect(error.code).toBe("invalid-config");
    expect(error.message).toContain('received the string "md"; expected one of "text", "markdown", "html", "prosemirror"');
  });

  it("names a cache that is not a Map", () => {
    const error = thrown(() => checkWith({ registry, date: "2024-05-04", cache: {} }));
    expect(error.message).toContain("→ at cache");
    expect(error.message).toContain("expected a Map");
  });

  it("names an option it does not know, so a misspelt one is not silently ignored", () => {
    const error = thrown(() => checkWith({ registry, date: "2024-05-04", fromat: "markdown" }));
    expect(error.code).toBe("invalid-config");
    expect(error.message).toContain('"fromat"');
  });

  it.each([
    ["fromat", "format"],
    ["Date", "date"],
    ["registy", "registry"],
    ["caches", "cache"],
    ["rlues", "rules"],
  ])("suggests the option a misspelt key (%s) most likely meant", (key, meant) => {
    const error = thrown(() => checkWith({ registry, date: "2024-05-04", [key]: 1 }));
    expect(error.issues?.[0]).toMatchObject({ code: "unrecognized_keys", keys: [key], path: [] });
    expect(error.message).toContain(`"${key}" (did you mean "${meant}"?)`);
  });

  it("names a key far from every option without guessing", () => {
    const error = thrown(() => checkWith({ registry, date: "2024-05-04", colour: "red" }));
    expect(error.message).toContain('Unrecognized key: "colour"; the options are registry, date, format, rules, cache');
    expect(error.message).not.toContain("did you mean");
  });

  it("lists every wrong option at once", () => {
    const error = thrown(() => checkWith({ date: "May 4", format: 3 }));
    expect(error.issues?.map((issue) => issue.path[0]).sort()).toEqual(["date", "format", "registry"]);
  });

  it("checks checkDocument()'s options too, naming that function", () => {
    const error = thrown(() => checkDocument(parseInput(TEXT, "text"), TEXT, { date: "2024-05-04" } as unknown as CheckOptions));
    expect(error.message).toContain("invalid checkDocument() options");
    expect(error.message).toContain("→ at registry");
  });
});
