import { describe, expect, it } from "vitest";
import { parseLspSettings } from "../src/lsp/settings.js";

describe("the language server's settings", () => {
  it("reads the factmark section or the object itself", () => {
    expect(parseLspSettings({ factmark: { date: "2024-05-04", dataset: ["gaza"] } })).toEqual({ settings: { date: "2024-05-04", dataset: ["gaza"] } });
    expect(parseLspSettings({ registry: "newsroom.ndjson", maxDocumentLength: 5000 })).toEqual({ settings: { registry: "newsroom.ndjson", maxDocumentLength: 5000 } });
    expect(parseLspSettings(null)).toEqual({ settings: {} });
  });

  it("applies the settings it understands and names each one it does not, with what was expected", () => {
    const { settings, problem } = parseLspSettings({ date: "2024-02-30", rules: { "unsourced-figure": "off" }, registy: "x.json", trace: { server: "verbose" } });
    expect(settings).toEqual({ rules: { "unsourced-figure": "off" } });
    expect(problem).toMatch(/^factmark settings: unknown setting "registy"; expected date, registry, dataset, config, rules, maxDocumentLength; "date": .*calendar date/);
  });

  it("says what it received when the settings are not an object", () => {
    expect(parseLspSettings("2024-05-04")).toEqual({ settings: {}, problem: 'factmark settings must be an object; received string, for example {"date": "2024-05-04"}' });
  });
});
