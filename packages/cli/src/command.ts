import type { CliIo } from "./io.js";

/** One `factmark` command: its name, a line for the overview, its `--help` text and what it does. */
export interface Command {
  /** The words after `factmark` that select it ("check", "registry validate"). */
  name: string;
  /** One line for `factmark --help`. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** Exit codes: no error-severity findings, some, or a usage or input error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
