import { loadDefaultRegistryData } from "@factmark/dataset-gaza";
import { describe, expect, it } from "vitest";
import { readServiceRegistry } from "../src/service.js";

describe("the registry the newsroom service sends", () => {
  it("builds the registry from the service's JSON", () => {
    const data = loadDefaultRegistryData();
    const registry = readServiceRegistry(JSON.stringify(data));
    expect(registry.claims().length).toBe(data.claims.length);
    expect(registry.source("gaza-moh")?.name).toBe("Gaza Ministry of Health");
  });

  it("names what it received when the answer is not a registry", () => {
    expect(() => readServiceRegistry("<!doctype html>")).toThrow(/^\/v1\/registry is not JSON \(.*\); expected the registry as a JSON object with "sources" and "claims" arrays$/);
    expect(() => readServiceRegistry("[1,2]")).toThrow('/v1/registry sent an array; expected the registry as a JSON object with "sources" and "claims" arrays, for example {"version":1,"sources":[],"claims":[]}');
    expect(() => readServiceRegistry('{"claims":[]}')).toThrow("/v1/registry sent an object with keys claims; expected");
  });
});
