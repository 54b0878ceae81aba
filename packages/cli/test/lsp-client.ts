import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { launcher, packageDir } from "./run.js";

/** A JSON-RPC message as the server sends it. */
export interface Message {
  jsonrpc: "2.0";
  id?: number | string | null;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

/**
 * A language client for tests: spawns `factmark lsp --stdio` and speaks JSON-RPC to it with
 * Content-Length framing over the child's standard input and output. It answers the server's
 * requests (`workspace/configuration` with `settings`, registrations with null) and keeps every
 * notification, for {@link LspClient.waitFor} to find.
 */
export class LspClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly notifications: Message[] = [];
  /** Everything the server wrote to standard error. */
  stderr = "";
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number | string, { resolve(message: Message): void }>();
  private readonly waiters: { match(message: Message): boolean; resolve(message: Message): void }[] = [];
  private readonly exited: Promise<number | null>;

  constructor(args: string[], options: { cwd?: string; settings?: unknown } = {}) {
    this.child = spawn(process.execPath, [launcher, "lsp", "--stdio", ...args], { cwd: options.cwd ?? packageDir, env: { ...process.env, NO_COLOR: "1" } });
    this.child.stdout.on("data", (chunk: Buffer) => this.read(chunk));
    this.child.stderr.on("data", (chunk: Buffer) => void (this.stderr += chunk.toString("utf8")));
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
    this.settings = options.settings;
  }

  private readonly settings: unknown;

  /** Sends a request and resolves to the server's response message (result or error). */
  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    const response = new Promise<Message>((resolve) => this.pending.set(id, { resolve }));
    this.send({ jsonrpc: "2.0", id, method, params });
    return response;
  }

  /** Sends a notification. */
  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  /** Writes raw bytes to the server, framing included: for malformed input. */
  writeRaw(data: string | Buffer): void {
    this.child.stdin.write(data);
  }

  /** Resolves to the first notification, already received or still to come, that `match` accepts. */
  waitFor(match: (message: Message) => boolean, timeoutMs = 20_000): Promise<Message> {
    const seen = this.notifications.find(match);
    if (seen) {
      this.notifications.splice(this.notifications.indexOf(seen), 1);
      return Promise.resolve(seen);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message from the server within ${timeoutMs} ms; stderr:\n${this.stderr}`)), timeoutMs);
      this.waiters.push({
        match,
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message);
        },
      });
    });
  }

  /** Resolves to the next diagnostics published for `uri` (optionally for one document version). */
  diagnostics(uri: string, version?: number): Promise<Message> {
    return this.waitFor((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri && (version === undefined || m.params.version === version));
  }

  /** `initialize` then `initialized`, with the capabilities a full editor declares unless given others. */
  async initialize(capabilities: unknown = FULL_CAPABILITIES, initializationOptions?: unknown): Promise<Message> {
    const response = await this.request("initialize", { processId: process.pid, rootUri: null, capabilities, ...(initializationOptions === undefined ? {} : { initializationOptions }) });
    this.notify("initialized", {});
    return response;
  }

  /** `shutdown` then `exit`; resolves to the server's exit code. */
  async stop(): Promise<number | null> {
    await this.request("shutdown", null);
    this.notify("exit", null);
    return this.exited;
  }

  /** Resolves to the exit code when the server process ends. */
  exitCode(): Promise<number | null> {
    return this.exited;
  }

  /** Ends the server process if it still runs. */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString("ascii");
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`the server sent a header without Content-Length: ${header}`);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8");
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.receive(JSON.parse(body) as Message);
    }
  }

  private receive(message: Message): void {
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      // A request from the server.
      const result = message.method === "workspace/configuration" ? (message.params.items as unknown[]).map(() => this.settings ?? null) : null;
      this.send({ jsonrpc: "2.0", id: message.id, result });
      return;
    }
    if (message.method === undefined && message.id !== undefined && message.id !== null) {
      this.pending.get(message.id)?.resolve(message);
      this.pending.delete(message.id);
      return;
    }
    const waiter = this.waiters.find((w) => w.match(message));
    if (waiter) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(message);
    } else this.notifications.push(message);
  }
}

/** The client capabilities of a full editor: related information, versioned edits, pulled settings, watched files. */
export const FULL_CAPABILITIES = {
  textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } } },
  workspace: { workspaceEdit: { documentChanges: true }, configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
};

/** Applies an LSP text edit to `text` (positions in UTF-16 code units), as an editor would. */
export function applyEdit(text: string, edit: { range: { start: Position; end: Position }; newText: string }): string {
  const offset = (p: Position) => {
    const lines = text.split("\n");
    let at = 0;
    for (let i = 0; i < p.line; i++) at += lines[i]!.length + 1;
    return at + p.character;
  };
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}

/** An LSP position. */
export interface Position {
  line: number;
  character: number;
}

/** The position of UTF-16 offset `offset` in `text`. */
export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}
