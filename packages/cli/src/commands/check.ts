import { fstatSync } from "node:fs";
import { type ExtractedBlock, checkDocument } from "@factmark/core/lazy";
import { type ParsedArgs, parseArgsOrHelp } from "../args.js";
import { EXIT, type Command } from "../command.js";
import { CONFIG_FILE, configRegistryPaths, loadConfig } from "../config.js";
import { STORY_OPTIONS, readStories } from "../document.js";
import { UsageError } from "../errors.js";
import { withFile } from "../with-file.js";
import type { CliIo } from "../io.js";
import { dateOption, inputFormatOption, oneOf, stringOption, stringsOption } from "../options.js";
import { createPalette, shouldColor } from "../output/color.js";
import { formatCheckJson } from "../output/check-json.js";
import { formatCheckSarif } from "../output/check-sarif.js";
import { formatCheckStylish } from "../output/check-stylish.js";
import { formatWatchJson } from "../output/watch-json.js";
import { formatClock, formatWatchStylish } from "../output/watch-stylish.js";
import { loadDocumentReader } from "../readers.js";
import { DEFAULT_REGISTRY, REGISTRY_OPTIONS, loadRegistry, namingRegistry } from "../registry.js";
import type { FileReport } from "../report.js";
import { VERSION } from "../version.js";
import type { WatchEvent } from "../watch.js";

const OUTPUT_FORMATS = ["stylish", "json", "sarif"] as const;

const HELP = `Usage: factmark check <files | globs | -> [options]
       factmark check --watch [files | folders | globs] [options]

Checks the figures in stories against a registry of sourced claims: unsourced,
outdated or contradicted figures, and durations or elapsed times that disagree.

Arguments:
  files, globs, -        files to check ("stories/**/*.md"); "-" reads standard input

Options:
  --date YYYY-MM-DD      the date the story is checked as of (default: the story's
                         own front matter "date:", else the config's "date", else today)
  --registry FILE        a registry to check against (.json, .ndjson, .jsonl or .csv)
                         instead of the default (the Gaza and Ukraine datasets); give it
                         several times to merge them in order, "default" naming the
                         default registry: --registry default --registry ours.ndjson
  --prefer-last          when merged registries define an id differently, let the
                         later one win (default: stop and name the ids)
  --dataset NAME         check against the dataset package @factmark/dataset-NAME;
                         several merge in order, before the --registry files: repeat
                         it or list them with commas (--dataset gaza,ukraine)
  --config FILE          a config file (default: ./factmark.config.json when present)
  --format FORMAT        stylish (default), json or sarif
  --max-warnings N       exit 1 when there are more than N warning-severity
                         findings (default: warnings never fail a run)
  --input-format FORMAT  text, markdown, html or prosemirror (default: by extension;
                         text for standard input)
  -w, --watch            check, then re-check each story when it changes and print
                         what changed in its findings; a folder stands for its .md,
                         .markdown, .mdx, .html, .htm and .txt files (no argument: the
                         working directory's), and files added, renamed or deleted are
                         followed. --format json prints one JSON object per line.
                         Ctrl-C stops it (exit 0)
  -h, --help             show this help

Exit codes (as eslint's):
  0  no error-severity finding; warnings and info findings do not fail a run
  1  at least one error-severity finding, or more warnings than --max-warnings
  2  a usage or input error, printed on standard error as one line

Examples:
  factmark check story.md
  factmark check "stories/**/*.md" --format json
  cat draft.txt | factmark check - --date 2024-05-04
  factmark check story.md --registry newsroom.ndjson --format sarif > factmark.sarif
  factmark check --watch stories/
  factmark check story.md --registry default --registry newsroom.ndjson --registry figures.csv
`;

const CHECK_OPTIONS = {
  ...STORY_OPTIONS,
  ...REGISTRY_OPTIONS,
  watch: { type: "boolean", short: "w" },
  "max-warnings": { type: "string" },
} as const;

/**
 * `factmark check`: checks stories against the registry at their document date and prints the
 * findings (stylish, JSON or SARIF). Exits 1 when any finding is an error (or there are more
 * warnings than `--max-warnings`), 2 on a usage or input error. The document date is `--date`, else the story's front matter `date:`, else the config's
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
    const args = parseArgsOrHelp(argv, CHECK_OPTIONS, checkCommand, io);
    if (!args) return EXIT.ok;
    const { values, positionals } = args;
    const format = oneOf("--format", stringOption(values, "format"), OUTPUT_FORMATS, "stylish");
    const maxWarnings = maxWarningsOption(stringOption(values, "max-warnings"));
    if (values.watch === true) {
      if (maxWarnings !== undefined) throw new UsageError("--max-warnings sets the exit code of one run; --watch runs until stopped. For example factmark check story.md --max-warnings 0");
      return watch(args, format, io);
    }
    const { config, files } = await readStories({ values, positionals }, io, "factmark check story.md");
    const { registry, attribution, label } = await loadRegistry(stringsOption(values, "registry"), config, io.cwd, {
      preferLast: values["prefer-last"] === true,
      datasets: stringsOption(values, "dataset"),
    });

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
    if (reports.some((r) => r.findings.some((f) => f.severity === "error"))) return EXIT.findings;
    if (maxWarnings !== undefined) {
      const warnings = reports.reduce((sum, r) => sum + r.findings.filter((f) => f.severity === "warning").length, 0);
      if (warnings > maxWarnings) {
        io.stderr(`factmark: ${warnings} ${warnings === 1 ? "warning" : "warnings"}, more than --max-warnings ${maxWarnings} allows\n`);
        return EXIT.findings;
      }
    }
    return EXIT.ok;
  },
};

/** Reads `--max-warnings`: a whole number of warnings, 0 or more, or undefined. */
function maxWarningsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings "${value}" is not a whole number of warnings; expected 0 or more, for example --max-warnings 0`);
  return Number(value);
}

/**
 * `check --watch`: checks the stories, then re-checks each one when it changes and prints what
 * changed in its findings, until SIGINT (Ctrl-C) or SIGTERM; then exits 0. The config and the
 * registry file are watched too: a change to either re-checks every story.
 */
async function watch(args: ParsedArgs, format: (typeof OUTPUT_FORMATS)[number], io: CliIo): Promise<number> {
  const { values, positionals } = args;
  if (format === "sarif") throw new UsageError("--watch prints stylish or json; SARIF describes one finished run, for example factmark check story.md --format sarif");
  const inputFormat = inputFormatOption(stringOption(values, "input-format"));
  if (inputFormat === "prosemirror") throw new UsageError("--watch reads text stories (Markdown, HTML, plain text); ProseMirror JSON is checked with factmark check, for example factmark check draft.json");
  const date = dateOption(stringOption(values, "date"));
  // Loaded only for --watch, with every format's reader: a story may be saved in any of them.
  const [{ planWatch, watchStories }, read] = await Promise.all([import("../watch.js"), loadDocumentReader()]);
  const plan = planWatch(positionals, io.cwd);
  const configFlag = stringOption(values, "config");
  const registryFlags = stringsOption(values, "registry");
  const datasets = stringsOption(values, "dataset");
  let attribution: string | undefined;
  const load = async () => {
    const config = loadConfig(configFlag, io.cwd);
    const loaded = await loadRegistry(registryFlags, config, io.cwd, { preferLast: values["prefer-last"] === true, datasets });
    attribution = loaded.attribution;
    const registryFiles = (registryFlags ?? (config ? configRegistryPaths(config, io.cwd) : undefined) ?? []).filter((name) => name !== DEFAULT_REGISTRY && name !== "@factmark/dataset-gaza");
    return {
      story: { registry: loaded.registry, rules: config?.config.rules, dates: { flag: date, config: config?.config.date, today: io.today() }, read },
      // Without --config, a factmark.config.json written later is picked up too.
      files: [configFlag ?? CONFIG_FILE, ...registryFiles],
    };
  };

  const palette = createPalette(shouldColor(io));
  const first: FileReport[] = [];
  const report = (event: WatchEvent) => {
    if (format === "json") return io.stdout(formatWatchJson(event));
    if (event.kind === "check") first.push(event.report);
    if (event.kind === "ready") io.stdout(formatCheckStylish(first, palette, attribution));
    io.stdout(formatWatchStylish(event, palette, formatClock(new Date())));
  };

  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await watchStories({ plan, cwd: io.cwd, inputFormat, load, report, signal: controller.signal, exclude: outputFiles() });
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
  return EXIT.ok;
}

/** The files standard output and standard error are redirected to, if any. */
function outputFiles(): { dev: number; ino: number }[] {
  const files: { dev: number; ino: number }[] = [];
  for (const fd of [1, 2]) {
    try {
      const stat = fstatSync(fd);
      if (stat.isFile()) files.push({ dev: stat.dev, ino: stat.ino });
    } catch {
      // A closed descriptor is no file.
    }
  }
  return files;
}
