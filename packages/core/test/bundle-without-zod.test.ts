import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

// A program that loads only trusted registry data (the factmark editor: the service's registry,
// the bundled datasets) needs none of zod. Core's schemas are declared `/* @__PURE__ */`, and
// `Registry.from`, `with`, `merge` and `parseCitation` reach zod only through
// `./parse-records.js`, which such a bundle answers with a module that throws. These tests bundle
// such a program from core's source and look for zod in what comes out: a schema declared without
// the annotation, or a new static use of a schema on the checking path, brings zod back.

const INDEX = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const ZOD = /\$ZodType|ZodError/;

// What the editor uses on its first load: a registry of trusted data, the extractor, the facts,
// the incremental check, the rule list, and the date and quantity helpers.
const PROGRAM = `
import { RULE_IDS, Registry, checkChangedBlocks, extractMentions, formatDate, gatherFacts, quantityBounds } from ${JSON.stringify(INDEX)};
const registry = Registry.from({ version: 1, sources: [], actors: [], places: [], conflicts: [], series: [], claims: [] }, { trusted: true });
export const used = [RULE_IDS, registry, checkChangedBlocks, extractMentions, formatDate, gatherFacts, quantityBounds];
`;

/** Answers core's import of `./parse-records.js` with functions that throw, as the editor's build does. */
const trustedOnly: Plugin = {
  name: "trusted-only",
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/parse-records\.js$/ }, () => ({ path: "parse-records", namespace: "trusted-only" }));
    plugin.onLoad({ filter: /.*/, namespace: "trusted-only" }, () => ({
      contents: ["parseRegistryData", "parseRegistryRecords", "parseCitation"].map((name) => `export function ${name}() { throw new Error("untrusted"); }`).join("\n"),
      loader: "js",
    }));
  },
};

async function bundle(plugins: Plugin[], program = PROGRAM): Promise<string> {
  const result = await build({
    stdin: { contents: program, resolveDir: fileURLToPath(new URL(".", import.meta.url)), loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    logLevel: "silent",
    plugins,
  });
  return result.outputFiles[0]!.text;
}

describe("a bundle that loads only trusted data", () => {
  it("holds none of zod", async () => {
    const code = await bundle([trustedOnly]);
    expect(code).toContain("checkChangedBlocks");
    expect(code).not.toMatch(ZOD);
  });

  it("holds zod when the registry's parses are bundled (the check above can see zod)", async () => {
    expect(await bundle([])).toMatch(ZOD);
  });
});

// An app bundled for the browser that checks what its editor holds, with a registry it passes in:
// `check()` of the lazy entry, which validates its options by hand and reads Markdown and HTML only
// once loaded. Nothing answers `./parse-records.js` here: that check never reaches it.
const LAZY = fileURLToPath(new URL("../src/lazy.ts", import.meta.url));
const CHECK_PROGRAM = `
import { check } from ${JSON.stringify(LAZY)};
export function checkStory(text, registry, date) { return check(text, { registry, date }); }
`;
// Names only the Markdown and HTML readers' code holds (micromark's tokenizer, htmlparser2's).
const READERS = /micromark|htmlparser2|mdast|\bTokenizer\b/;

describe("a bundle of the lazy entry's check() with a registry passed in", () => {
  it("holds none of zod and none of the Markdown and HTML readers", async () => {
    const code = await bundle([], CHECK_PROGRAM);
    expect(code).toContain("checkStory");
    expect(code).not.toMatch(ZOD);
    expect(code).not.toMatch(READERS);
  });

  it("holds the readers when the main entry's check() is bundled (the check above can see them)", async () => {
    expect(await bundle([], CHECK_PROGRAM.replace(JSON.stringify(LAZY), JSON.stringify(INDEX)))).toMatch(READERS);
  });
});
