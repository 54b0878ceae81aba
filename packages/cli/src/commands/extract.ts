import { type ExtractedBlock, extractMentions } from "@factmark/core/lazy";
import { parseArgsOrHelp } from "../args.js";
import { EXIT, type Command } from "../command.js";
import { STORY_OPTIONS, readStories } from "../document.js";
import { oneOf, stringOption, stringsOption } from "../options.js";
import { REGISTRY_OPTIONS, loadRegistry } from "../registry.js";
import { createPalette, shouldColor } from "../output/color.js";
import { type MentionReport, describeValue, reportMentions } from "../output/mentions.js";
import type { Palette } from "../output/color.js";

const OUTPUT_FORMATS = ["stylish", "json"] as const;

const HELP = `Usage: factmark extract <files | globs | -> [options]

Prints every figure, duration, elapsed time, phase count, phase and date that
factmark finds in the files, with its offsets, value and qualifier.

Options:
  --date YYYY-MM-DD      the date relative dates ("Saturday") resolve against
                         (default: front matter "date:", else the config's, else today)
  --config FILE          a config file (default: ./factmark.config.json when present)
  --registry FILE        the registry whose places and parties the stories are read
                         with (default: the config's, else the Gaza and Ukraine
                         datasets); several are merged in order, "default" naming the default
  --prefer-last          let a later --registry win an id two of them define differently
  --format FORMAT        stylish (a table, default) or json
  --input-format FORMAT  text, markdown, html or prosemirror (default: by extension;
                         text for standard input)
  -h, --help             show this help

JSON output: {"files":[{"path","date","mentions":[{"kind","from","to","line","column",
"text","value","qualifier","unit",…}]}]}, where "value" is a number, or {"min","max"}
for a range ("hundreds of thousands"), and a date mention has "date" instead.

Examples:
  factmark extract story.md
  factmark extract story.md --format json
  echo "over 34,000 killed" | factmark extract - --date 2024-05-04 --format json
`;

/**
 * `factmark extract`: prints the mentions core finds in each file, read with the places and
 * actors of the registry (the default one, or `--registry`), as a table or as JSON with offsets
 * into the file.
 *
 * @example
 * factmark extract story.md --format json
 * // {"files":[{"path":"story.md","date":"2024-05-04","mentions":[{"kind":"count","from":2060,"to":2071,"text":"over 34,000","value":34000,"qualifier":"over",…}]}]}
 */
export const extractCommand: Command = {
  name: "extract",
  summary: "list the figures, durations and dates found in stories",
  help: HELP,
  async run(argv, io) {
    const args = parseArgsOrHelp(argv, { ...STORY_OPTIONS, ...REGISTRY_OPTIONS }, extractCommand, io);
    if (!args) return EXIT.ok;
    const { values, positionals } = args;
    const format = oneOf("--format", stringOption(values, "format"), OUTPUT_FORMATS, "stylish");
    const { config, files } = await readStories({ values, positionals }, io, "factmark extract story.md");
    const world = (await loadRegistry(stringsOption(values, "registry"), config, io.cwd, { preferLast: values["prefer-last"] === true })).registry.world();
    // A paragraph seen before at the same date (boilerplate, a story checked twice) is read once, as check does.
    const caches = new Map<string, Map<string, ExtractedBlock>>();
    const results = files.map((parsed) => {
      let cache = caches.get(parsed.date);
      if (!cache) caches.set(parsed.date, (cache = new Map()));
      const seen = cache;
      const blocks = parsed.doc.blocks.map((block) => {
        let extracted = seen.get(block.text);
        if (!extracted) seen.set(block.text, (extracted = extractMentions(block.text, { date: parsed.date, world })));
        return extracted;
      });
      return { path: parsed.file.path, date: parsed.date, mentions: reportMentions(parsed, blocks) };
    });
    if (format === "json") io.stdout(`${JSON.stringify({ files: results }, null, 2)}\n`);
    else io.stdout(formatMentionTable(results, createPalette(shouldColor(io))));
    return EXIT.ok;
  },
};

function formatMentionTable(results: readonly { path: string; date: string; mentions: MentionReport[] }[], palette: Palette): string {
  const out: string[] = [];
  let total = 0;
  for (const result of results) {
    out.push(`${palette.underline(result.path)}  ${palette.dim(`as of ${result.date}`)}`);
    if (result.mentions.length === 0) out.push(palette.dim("  no mentions"));
    const rows = result.mentions.map((m) => [m.line !== undefined ? `${m.line}:${m.column}` : `@${m.from}`, m.kind, m.text.replace(/\s+/g, " "), describeValue(m), details(m)]);
    const widths = [0, 1, 2, 3].map((i) => Math.max(0, ...rows.map((row) => row[i]!.length)));
    for (const row of rows) {
      const [where, kind, text, value, rest] = row as [string, string, string, string, string];
      out.push(`  ${palette.dim(where.padEnd(widths[0]!))}  ${kind.padEnd(widths[1]!)}  ${text.padEnd(widths[2]!)}  ${palette.bold(value.padEnd(widths[3]!))}  ${palette.dim(rest)}`.trimEnd());
    }
    out.push("");
    total += result.mentions.length;
  }
  out.push(`${total} ${total === 1 ? "mention" : "mentions"} in ${results.length} ${results.length === 1 ? "file" : "files"}`);
  return `${out.join("\n")}\n`;
}

function details(m: MentionReport): string {
  const parts: string[] = [];
  for (const key of ["actor", "stance", "measure", "group", "place", "subject", "role"] as const) {
    const value = m[key];
    if (typeof value === "string") parts.push(`${key}: ${value}`);
  }
  if (m.negated === true) parts.push("negated");
  if (m.quoted === true) parts.push("quoted");
  if (typeof m.attribution === "string") parts.push(`attribution: “${m.attribution}”`);
  return parts.join(", ");
}
