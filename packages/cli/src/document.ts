import { type InputFormat, type ParsedDocument, formatFromPath } from "@factmark/core/lazy";
import type { OptionSpec, ParsedArgs } from "./args.js";
import { type LoadedConfig, loadConfig } from "./config.js";
import { withFile } from "./with-file.js";
import { loadReader } from "./readers.js";
import { type InputFile, expandInputs, readInputs } from "./inputs.js";
import type { CliIo } from "./io.js";
import { dateOption, inputFormatOption, stringOption } from "./options.js";
import { type LineColumn, locateOffsets } from "./location.js";

/** A file parsed into blocks, with the date it is read as of. */
export interface ParsedFile {
  file: InputFile;
  format: InputFormat;
  doc: ParsedDocument;
  /** The document date: `--date`, else the file's own (front matter `date:`), else the config's, else today. */
  date: string;
  /** The raw text offsets refer to; undefined for ProseMirror JSON, whose offsets are document positions. */
  source: string | undefined;
  locate: ((offset: number) => LineColumn) | undefined;
}

/** Where the document date can come from, in order of precedence after the file's own date. */
export interface DateChoice {
  /** `--date`, which overrides the file's own date. */
  flag: string | undefined;
  /** The config's `date`, used when the file has none. */
  config: string | undefined;
  /** Today's date, the last resort. */
  today: string;
}

/**
 * Parses a file with core's adapter for its format: `--input-format`, else the extension
 * (`formatFromPath`), else plain text for standard input. Core errors name the file. The
 * format's reader is loaded the first time a file needs it ({@link loadReader}).
 */
export async function parseFile(file: InputFile, inputFormat: InputFormat | undefined, dates: DateChoice): Promise<ParsedFile> {
  const format = inputFormat ?? (file.stdin ? "text" : formatFromPath(file.path));
  const read = await loadReader(format);
  const doc = withFile(file.path, () => read(file.text));
  const date = dates.flag ?? doc.date ?? dates.config ?? dates.today;
  const linear = format !== "prosemirror";
  return {
    file,
    format,
    doc,
    date,
    source: linear ? file.text : undefined,
    locate: linear ? locateOffsets(file.text).locate : undefined,
  };
}

/** The options `check` and `extract` share, read by {@link readStories} (and `--format`). */
export const STORY_OPTIONS = {
  date: { type: "string" },
  config: { type: "string" },
  format: { type: "string" },
  "input-format": { type: "string" },
} as const satisfies OptionSpec;

/**
 * What `check` and `extract` share: reads the config (`--config`, else ./factmark.config.json),
 * expands the file arguments, reads each file and parses it with its date
 * (`--date`, `--input-format`). `example` is shown when no file is given.
 */
export async function readStories(args: ParsedArgs, io: CliIo, example: string): Promise<{ config: LoadedConfig | undefined; files: ParsedFile[] }> {
  const { values, positionals } = args;
  const inputFormat = inputFormatOption(stringOption(values, "input-format"));
  const date = dateOption(stringOption(values, "date"));
  const paths = await expandInputs(positionals, io, example);
  const config = loadConfig(stringOption(values, "config"), io.cwd);
  const inputs = await readInputs(paths, io);
  const dates = { flag: date, config: config?.config.date, today: io.today() };
  const files: ParsedFile[] = [];
  for (const file of inputs) files.push(await parseFile(file, inputFormat, dates));
  for (const parsed of files) {
    // A file's name or its front matter usually dates a story; standard input has no name, so say when today's date stands in.
    if (parsed.file.stdin && dates.flag === undefined && parsed.doc.date === undefined && dates.config === undefined) {
      io.stderr(`factmark: standard input has no date; reading it as of today, ${dates.today} (pass --date YYYY-MM-DD to check it as of another day)\n`);
    }
  }
  return { config, files };
}
