import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import * as tiptap from "../src/tiptap.js";

// The public API changes only on purpose: the editor app and newsroom plugins build on these names.
describe("exports", () => {
  it("exports the plugin API by name", () => {
    expect(Object.keys(api).sort()).toEqual([
      "addFactmarkMarks",
      "applyFix",
      "attachCitation",
      "citationMark",
      "dismissFinding",
      "factmark",
      "factmarkDismissedMark",
      "factmarkKey",
      "findingsAt",
      "fixesOf",
      "labels",
      "nextFinding",
      "previousFinding",
      "readerUrl",
      "setFactmarkDate",
      "setFactmarkRegistry",
    ]);
  });

  it("exports the Tiptap extension, its marks and the plugin key from the tiptap entry", () => {
    expect(Object.keys(tiptap).sort()).toEqual(["Factmark", "FactmarkCitation", "FactmarkDismissed", "factmarkKey"]);
    expect(tiptap.factmarkKey).toBe(api.factmarkKey);
  });
});
