import { EXIT, type Command } from "./command.js";
import { nearestOption } from "./args.js";
import { UsageError, describeError } from "./errors.js";
import { type CliIo, processIo } from "./io.js";
import { VERSION } from "./version.js";

/**
 * The commands by name, each loaded only when it runs: `--version` and `--help` load no command,
 * and `check` does not load the language server.
 */
const COMMANDS: readonly { name: string; summary: string; load(): Promise<Command> }[] = [
  { name: "check", summary: "check stories' figures against sourced claims", load: async () => (await import("./commands/check.js")).checkCommand },
  { name: "extract", summary: "list the figures, durations and dates found in stories", load: async () => (await import("./commands/extract.js")).extractCommand },
  { name: "registry", summary: "validate or summarize a claim registry", load: async () => (await import("./commands/registry.js")).registryCommand },
  { name: "lsp", summary: "run the language server for editors (--stdio)", load: async () => (await import("./commands/lsp.js")).lspCommand },
];

const HELP = `Usage: factmark <command> [options]

Keeps the figures in conflict reporting honest: checks stories against a registry
of typed, sourced claims (death tolls, hostages, ceasefire phases) as of their date.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)}${c.summary}`).join("\n")}

Options:
  -h, --help     show this help (or a command's, after its name)
  -v, --version  print the version

Exit codes (as eslint's):
  0  no finding is an error (warnings and info do not fail a run, unless there
     are more warnings than "check --max-warnings N" allows)
  1  at least one error-severity finding, or too many warnings
  2  a usage or input error, printed on standard error as one line

Examples:
  factmark check story.md
  factmark check "stories/**/*.md" --date 2024-06-20 --format json
  factmark extract story.md
  factmark registry validate newsroom.ndjson
  factmark registry stats
  factmark check --watch stories/
  factmark lsp --stdio
`;

/**
 * Runs the `factmark` command with `argv` (the arguments after the program name) and resolves to
 * its exit code: 0 when no finding is an error, 1 when one is (or a registry has an error-level
 * problem), 2 on a usage or input error, which is printed to `io.stderr` as one line,
 * `factmark: <message>`. Never exits the process and never throws: `io` receives all output.
 * Parts of `io` not given come from the real process ({@link processIo}).
 *
 * @example
 * import { runCli } from "@factmark/cli";
 * let out = "";
 * const code = await runCli(["check", "-", "--date", "2024-05-04", "--format", "json"], {
 *   readStdin: async () => "Over 34,000 Palestinians have been killed.",
 *   stdout: (text) => void (out += text),
 * });
 * // code === 0; JSON.parse(out).files[0].findings[0].ruleId === "unsourced-figure"
 */
export async function runCli(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const full: CliIo = { ...processIo(), ...io };
  try {
    return await dispatch(argv, full);
  } catch (error) {
    full.stderr(`factmark: ${describeError(error)}\n`);
    return EXIT.usage;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(HELP);
    return EXIT.usage;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(topic ? (await topic.load()).help : HELP);
    return EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const what = name.startsWith("-") ? `unknown option "${name}"` : `unknown command "${name}"`;
    const near = name.startsWith("-") ? nearestOption(name, ["help", "version"]) : nearestOption(name, COMMANDS.map((c) => c.name))?.slice(2);
    if (near) throw new UsageError(`${what}; did you mean "${near}"? See "factmark --help"`);
    throw new UsageError(`${what}; expected one of ${COMMANDS.map((c) => c.name).join(", ")} (see "factmark --help")`);
  }
  return (await command.load()).run(rest, io);
}
