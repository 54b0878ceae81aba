import { type ExtractedBlock, checkDocument } from "@factmark/core";
import { parseArgsOrHelp } from "../args.js";
import { EXIT, type Command } from "../command.js";
import { STORY_OPTIONS, readStories } from "../document.js";
import { withFile } from "../errors.js";
import { oneOf, stringOption, stringsOption } from "../options.js";
import { createPalette, shouldColor } from "../output/color.js";
import { formatCheckJson } from "../output/check-json.js";
import { formatCheckSarif } from "../output/check-sarif.js";
import { formatCheckStylish } from "../output/check-stylish.js";
import { REGISTRY_OPTIONS, loadRegistry, namingRegistry } from "../registry.js";
import type { FileReport } from "../report.js";
import { VERSION } from "../version.js";

const OUTPUT_FORMATS = ["stylish", "json", "sarif"] as const;

const HELP = `Usage: factmark check <files | globs | -> [options]

Checks the figures in stories against a registry of sourced claims: unsourced,
outdated or contradicted figures, and durations or elapsed times that disagree.

Arguments:
  files, globs, -        files to check ("stories/**/*.md"); "-" reads standard input

Options:
  --date YYYY-MM-DD      the date the story is checked as of (default: the story's
                         own front matter "date:", else the config's "date", else today)
  --registry FILE        a registry to check against (.json, .ndjson, .jsonl or .csv)
                         instead of the default (@factmark/dataset-gaza); give it
                         several times to merge them in order, "default" naming the
                         default registry: --registry default --registry ours.ndjson
  --prefer-last          when merged registries define an id differently, let the
                         later one win (default: stop and name the ids)
  --config FILE          a config file (default: ./factmark.config.json when present)
  --format FORMAT        stylish (default), json or sarif
  --input-format FORMAT  text, markdown, html or prosemirror (default: by extension;
                         text for standard input)
  -h, --help             show this help

Exit codes: 0 no error-severity findings, 1 some, 2 a usage or input error.

Examples:
  factmark check story.md
  factmark check "stories/**/*.md" --format json
  cat draft.txt | factmark check - --date 2024-05-04
  factmark check story.md --registry newsroom.ndjson --format sarif > factmark.sarif
  factmark check story.md --registry default --registry newsroom.ndjson --registry figures.csv
`;

/**
 * `factmark check`: checks stories against the registry at their document date and prints the
 * findings (stylish, JSON or SARIF). Exits 1 when any finding is an error, 2 on a usage or input
 * error. The document date is `--date`, else the story's front matter `date:`, else the config's
 * `date`, else today's date.
 *
 * @example
 * factmark check ../shared/fixtures/cairo-talks-2024-05.md --format json
 * // {"files":[{"path":"…","date":"2024-05-04","findings":[{"ruleId":"unsourced-figure","from":779,"to":793,"line":9,"column":296,"text":"over a million",…}]}]}
 */
export const checkCommand: Command = {
  name: "check",
  summary: "check stories' figures against sourced claims",
  help: HELP,
  async run(argv, io) {
    const args = parseArgsOrHelp(argv, { ...STORY_OPTIONS, ...REGISTRY_OPTIONS }, checkCommand, io);
    if (!args) return EXIT.ok;
    const { values, positionals } = args;
    const format = oneOf("--format", stringOption(values, "format"), OUTPUT_FORMATS, "stylish");
    const { config, files } = await readStories({ values, positionals }, io, "factmark check story.md");
    const { registry, attribution, label } = await loadRegistry(stringsOption(values, "registry"), config, io.cwd, { preferLast: values["prefer-last"] === true });

    // Extracted blocks depend on the date (relative dates resolve against it): one cache per date.
    const caches = new Map<string, Map<string, ExtractedBlock>>();
    const reports: FileReport[] = files.map((parsed) => {
      let cache = caches.get(parsed.date);
      if (!cache) caches.set(parsed.date, (cache = new Map()));
      const result = withFile(parsed.file.path, () =>
        namingRegistry(label, () => checkDocument(parsed.doc, parsed.source, { registry, date: parsed.date, ...(config ? { rules: config.config.rules } : {}), cache })),
      );
      return { path: parsed.file.path, date: result.date, findings: result.findings, ...(parsed.locate ? { locate: parsed.locate } : {}) };
    });

    if (format === "json") io.stdout(formatCheckJson(reports));
    else if (format === "sarif") io.stdout(formatCheckSarif(reports, { cwd: io.cwd, version: VERSION }));
    else io.stdout(formatCheckStylish(reports, createPalette(shouldColor(io)), attribution));
    return reports.some((r) => r.findings.some((f) => f.severity === "error")) ? EXIT.findings : EXIT.ok;
  },
};
