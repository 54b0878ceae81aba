import { parseArgs } from "node:util";
import { closest, distance } from "fastest-levenshtein";
import type { Command } from "./command.js";
import { UsageError } from "./errors.js";
import type { CliIo } from "./io.js";

/** The options a command accepts, in `util.parseArgs` form. */
export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** Parsed options and positional arguments of one command. */
export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/**
 * Parses a command's arguments strictly with `util.parseArgs`: an unknown option, a missing
 * option value or a string option given as a flag throws a {@link UsageError} naming the
 * option and pointing to `--help`. A lone "-" is a positional argument (standard input).
 */
export function parseCommandArgs(argv: readonly string[], options: OptionSpec, command: string): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs["values"], positionals };
  } catch (error) {
    const suggestion = suggestOption(error, Object.keys(options));
    throw new UsageError(`${describeParseError(error)}${suggestion ? `; did you mean "${suggestion}"? See` : "; see"} "${command} --help"`);
  }
}

/**
 * The known option nearest to `given` ("--fromat" → "--format"), or undefined when none is close:
 * one edit for a name of three letters or fewer, else two, or a third of the letters when more.
 */
export function nearestOption(given: string, known: readonly string[]): string | undefined {
  const name = given.replace(/^-+/, "").split("=")[0]!;
  if (name.length === 0 || known.length === 0) return undefined;
  const best = closest(name, [...known]);
  const limit = best.length <= 3 ? 1 : Math.max(2, Math.floor(best.length / 3));
  return distance(name, best) <= limit ? `--${best}` : undefined;
}

function suggestOption(error: unknown, known: readonly string[]): string | undefined {
  if ((error as { code?: string }).code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION") return undefined;
  const option = /'(-[^' ]*)/.exec(error instanceof Error ? error.message : "")?.[1];
  return option ? nearestOption(option, [...known, "help"]) : undefined;
}

/**
 * Parses a command's arguments ({@link parseCommandArgs}) and answers `-h`/`--help` itself: prints
 * the command's help and returns undefined, on which the command exits 0.
 */
export function parseArgsOrHelp(argv: readonly string[], options: OptionSpec, command: Pick<Command, "name" | "help">, io: CliIo): ParsedArgs | undefined {
  const args = parseCommandArgs(argv, options, `factmark ${command.name}`);
  if (!args.values.help) return args;
  io.stdout(command.help);
  return undefined;
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
  // util.parseArgs quotes the offending option as '--name' or '--name <value>'.
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option "${option}"`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    if (/argument missing|ambiguous/.test(message)) return `option "${option}" needs a value`;
    if (/does not take an argument/.test(message)) return `option "${option}" takes no value`;
  }
  const sentence = message.split(/\.\s/)[0]!.replace(/\.$/, "");
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
