/**
 * What the command reads from and writes to: its streams, working directory, environment and
 * clock. `runCli` takes any part of it, so tests and other programs can run commands in-process
 * without touching the real process; the rest comes from {@link processIo}.
 */
export interface CliIo {
  /** Writes to standard output, as is (the command adds its own line breaks). */
  stdout(text: string): void;
  /** Writes to standard error, as is. */
  stderr(text: string): void;
  /** Reads all of standard input as UTF-8 text (for the file argument "-"). */
  readStdin(): Promise<string>;
  /** The directory relative paths, globs and `factmark.config.json` are resolved against. */
  cwd: string;
  /** Environment variables (only `NO_COLOR` is read). */
  env: Record<string, string | undefined>;
  /** True when standard output is a terminal: stylish output is colored then, unless `NO_COLOR` is set. */
  isTTY: boolean;
  /** Today's date as YYYY-MM-DD, the document date of last resort. @default the machine's local calendar date */
  today(): string;
}

/** The real process's streams, directory, environment and clock. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: () => readStream(process.stdin),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    today: () => localDate(new Date()),
  };
}

/** A date as the local calendar shows it: YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
