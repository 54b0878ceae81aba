import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { FactmarkError, type InputFormat, type Registry, type RulesConfig, formatFromPath } from "@factmark/core/lazy";
import {
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  DidChangeConfigurationNotification,
  type DidChangeTextDocumentParams,
  DidChangeWatchedFilesNotification,
  type DidCloseTextDocumentParams,
  type DidOpenTextDocumentParams,
  ErrorCodes,
  MessageType,
  type InitializeParams,
  type InitializeResult,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  type ResponseMessage,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  createConnection,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { CONFIG_FILE, type LoadedConfig, configRegistryPaths, loadConfig } from "../config.js";
import { describeError } from "../errors.js";
import { loadDocumentReader } from "../readers.js";
import { type LoadedRegistry, loadRegistry } from "../registry.js";
import { type StoryCheck, type StoryContext, checkStory } from "../story.js";
import { VERSION } from "../version.js";
import { codeActionsFor } from "./code-actions.js";
import { type DiagnosticOptions, formatDiagnostics, formatProblemDiagnostic } from "./diagnostics.js";
import { CodeActionParams as CodeActionParamsShape, DidChangeParams, DidCloseParams, DidOpenParams, describeBadParams } from "./params.js";
import { DEFAULT_MAX_DOCUMENT_LENGTH, type LspSettings, parseLspSettings } from "./settings.js";

/** The command line's say in what the server checks against; it wins over the editor's settings and the config file. */
export interface ServerFlags {
  /** `--date`: the document date for every story, over its front matter. */
  date?: string | undefined;
  /** `--registry`, relative to `cwd`. */
  registry?: string | undefined;
  /** `--dataset`, in order. */
  datasets: readonly string[];
  /** `--config`, relative to `cwd`. */
  config?: string | undefined;
}

/** How {@link startLanguageServer} is set up. */
export interface LanguageServerOptions {
  /** Where the client's messages come from (standard input). */
  input: NodeJS.ReadableStream;
  /** Where the server's messages go (standard output). */
  output: NodeJS.WritableStream;
  flags: ServerFlags;
  /** The directory the flags' paths are relative to, and the workspace when the client names none. */
  cwd: string;
  /** Today's date as YYYY-MM-DD, the document date of last resort. */
  today(): string;
  /** Called once when the input closes: with 0 after a `shutdown` request, else 1. */
  onClose(code: number): void;
}

/** What a story is checked against, loaded from the config file that applies to it. */
interface LoadedContext {
  story: StoryContext;
  registry: Registry;
  /** The files it was read from (the config, a registry file), absolute. */
  files: string[];
}

type ContextResult = { context: LoadedContext } | { problem: Diagnostic; files: string[] };

/** An open document, as the client last sent it, and its latest check. */
interface OpenStory {
  document: TextDocument;
  /** The input format factmark reads it as; undefined for a language factmark does not check. */
  format: InputFormat | undefined;
  check?: StoryCheck | undefined;
  context?: LoadedContext | undefined;
  diagnostics: Diagnostic[];
  /**
   * Where the text changed since the last check, in the current text: `[from, to)` holds every
   * change and the text is `shift` characters longer than it was; "all" after a change that sent
   * the whole text.
   */
  dirty?: { from: number; to: number; shift: number } | "all" | undefined;
  /** The text changed since the last check. */
  pending: boolean;
  scheduled: boolean;
}

// Language ids clients give the formats factmark reads; other documents are left alone.
const LANGUAGES: Record<string, InputFormat> = { markdown: "markdown", mdx: "markdown", html: "html", plaintext: "text", text: "text" };

/**
 * Starts factmark's language server on a pair of streams (standard input and output for
 * `factmark lsp --stdio`) and returns at once; the server runs until its input closes or the
 * client sends `exit`. It publishes diagnostics for each open Markdown, HTML or plain-text
 * document, re-checked through core's changed-block path on every change, and answers
 * `textDocument/codeAction` with each finding's fixes. Messages that are not JSON-RPC get a
 * parse error response and a log message; requests about documents that are not open get an
 * `InvalidParams` error; neither stops the server.
 *
 * @example
 * startLanguageServer({ input: process.stdin, output: process.stdout, flags: { datasets: [] }, cwd: process.cwd(), today: () => "2024-05-04", onClose: (code) => process.exit(code) });
 */
export function startLanguageServer(options: LanguageServerOptions): void {
  const reader = new StreamMessageReader(options.input);
  const writer = new StreamMessageWriter(options.output);
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  const { flags, cwd } = options;

  const documents = new Map<string, OpenStory>();
  let settings: LspSettings = {};
  let root = cwd;
  let shutdown = false;
  let diagnosticOptions: DiagnosticOptions = { relatedInformation: false };
  let documentChanges = false;
  let pullsConfiguration = false;
  let watchesFiles = false;
  const contexts = new Map<string, Promise<ContextResult>>();
  const registries = new Map<string, Promise<LoadedRegistry>>();
  // Every format's reader, loaded once: an editor may open a story in any of them.
  const readers = loadDocumentReader();
  const configDirs = new Map<string, string | undefined>();
  const watchedFiles = new Set<string>();

  const log = (message: string) => connection.console.error(message);
  // Stories are checked once the client's settings are in (pulled after `initialized`).
  let settingsIn: () => void = () => {};
  const settingsReady = new Promise<void>((resolve) => (settingsIn = resolve));

  reader.onError((error) => {
    const reason = describeError(error);
    log(`factmark: ignored a message that is not JSON-RPC: ${reason}`);
    // JSON-RPC's answer to a message that cannot be read: a parse error with no id.
    const response: ResponseMessage = { jsonrpc: "2.0", id: null, error: { code: ErrorCodes.ParseError, message: `factmark: the message is not JSON-RPC: ${reason}` } };
    void writer.write(response).catch(() => {});
  });
  reader.onPartialMessage((info) => log(`factmark: still waiting for the rest of a message after ${info.waitingTime} ms; check its Content-Length header`));
  reader.onClose(() => options.onClose(shutdown ? 0 : 1));

  /** The config file for a document: --config, the `config` setting, else the nearest factmark.config.json above it. */
  const configFileFor = (uri: string): string | undefined => {
    if (flags.config) return resolve(cwd, flags.config);
    if (settings.config) return resolve(root, settings.config);
    const path = filePathOf(uri);
    return findConfig(path ? dirname(path) : root);
  };

  const findConfig = (dir: string): string | undefined => {
    if (configDirs.has(dir)) return configDirs.get(dir);
    const here = join(dir, CONFIG_FILE);
    const parent = dirname(dir);
    const found = existsSync(here) ? here : parent === dir ? undefined : findConfig(parent);
    configDirs.set(dir, found);
    return found;
  };

  const registryFor = (file: string | undefined, datasets: readonly string[]): Promise<LoadedRegistry> => {
    const key = JSON.stringify([file ?? null, datasets]);
    let loaded = registries.get(key);
    if (!loaded) {
      loaded = loadRegistry(file === undefined ? undefined : [file], undefined, cwd, { datasets });
      registries.set(key, loaded);
      // A registry that failed to load is tried again next time.
      loaded.catch(() => registries.delete(key));
    }
    return loaded;
  };

  const loadContext = async (configPath: string | undefined): Promise<ContextResult> => {
    const files = configPath ? [configPath] : [];
    try {
      const config = configPath ? loadConfig(configPath, cwd) : undefined;
      const registryFile = flags.registry ? resolve(cwd, flags.registry) : settings.registry ? resolve(root, settings.registry) : config && config.config.registry !== undefined ? configRegistryFile(config) : undefined;
      if (registryFile) files.push(registryFile);
      const datasets = flags.datasets.length ? flags.datasets : typeof settings.dataset === "string" ? [settings.dataset] : (settings.dataset ?? []);
      const { registry } = await registryFor(registryFile, datasets);
      const rules: RulesConfig | undefined = settings.rules ? { ...config?.config.rules, ...settings.rules } : config?.config.rules;
      const story: StoryContext = { registry, rules, dates: { flag: flags.date, config: settings.date ?? config?.config.date, today: options.today() }, read: await readers };
      return { context: { story, registry, files } };
    } catch (error) {
      const code = error instanceof FactmarkError ? error.code : "invalid-config";
      return { problem: formatProblemDiagnostic(`factmark cannot check this document: ${describeError(error)}`, code, "error"), files };
    }
  };

  const contextFor = async (uri: string): Promise<ContextResult> => {
    const configPath = configFileFor(uri);
    const key = configPath ?? "";
    let result = contexts.get(key);
    if (!result) {
      result = loadContext(configPath);
      contexts.set(key, result);
      void result.then((loaded) => watch("context" in loaded ? loaded.context.files : loaded.files));
    }
    const loaded = await result;
    // A server left running past midnight dates undated stories by the new day.
    if ("context" in loaded && loaded.context.story.dates.today !== options.today()) {
      loaded.context.story = { ...loaded.context.story, dates: { ...loaded.context.story.dates, today: options.today() } };
    }
    return loaded;
  };

  /** Asks the client to report changes to the files contexts were read from. */
  const watch = (files: readonly string[]) => {
    if (!watchesFiles) return;
    const fresh = files.filter((file) => !watchedFiles.has(file));
    if (fresh.length === 0) return;
    for (const file of fresh) watchedFiles.add(file);
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: fresh.map((globPattern) => ({ globPattern })) }).catch(() => {});
  };

  /** Forgets every loaded config and registry and checks every open story again. */
  const reload = () => {
    contexts.clear();
    registries.clear();
    configDirs.clear();
    for (const story of documents.values()) if (story.format) schedule(story);
  };

  const schedule = (story: OpenStory) => {
    story.pending = true;
    if (story.scheduled) return;
    story.scheduled = true;
    setImmediate(() => {
      story.scheduled = false;
      void flush(story);
    });
  };

  /** Checks the story when its text changed since its last check, and publishes its diagnostics. */
  const flush = async (story: OpenStory): Promise<void> => {
    if (!story.pending || !story.format) return;
    try {
      await settingsReady;
      const loaded = await contextFor(story.document.uri);
      // Closed, reopened or already checked while the context loaded.
      if (documents.get(story.document.uri) !== story || !story.pending) return;
      story.pending = false;
      if ("problem" in loaded) {
        story.check = undefined;
        story.context = undefined;
        story.diagnostics = [loaded.problem];
      } else {
        story.context = loaded.context;
        story.diagnostics = checkNow(story, loaded.context);
      }
      await connection.sendDiagnostics({ uri: story.document.uri, version: story.document.version, diagnostics: story.diagnostics });
    } catch (error) {
      log(`factmark: could not check ${story.document.uri}: ${describeError(error)}`);
    }
  };

  const checkNow = (story: OpenStory, context: LoadedContext): Diagnostic[] => {
    const text = story.document.getText();
    const max = settings.maxDocumentLength ?? DEFAULT_MAX_DOCUMENT_LENGTH;
    if (text.length > max) {
      story.check = undefined;
      const size = text.length.toLocaleString("en-US");
      return [formatProblemDiagnostic(`factmark does not check documents this long: ${size} characters, over the limit of ${max.toLocaleString("en-US")} (setting maxDocumentLength)`, "document-too-long", "warning")];
    }
    const dirty = story.dirty;
    story.dirty = undefined;
    const edit = story.check && dirty && dirty !== "all" ? { from: dirty.from, to: dirty.to - dirty.shift, length: dirty.to - dirty.from } : undefined;
    try {
      story.check = checkStory(text, story.format!, context.story, story.check, edit);
      return formatDiagnostics(story.check.findings, story.document, diagnosticOptions);
    } catch (error) {
      story.check = undefined;
      const line = error instanceof FactmarkError && error.location?.line ? error.location.line - 1 : 0;
      const code = error instanceof FactmarkError ? error.code : "internal-error";
      return [formatProblemDiagnostic(`factmark cannot read this document: ${describeError(error)}`, code, "error", line)];
    }
  };

  const applySettings = (value: unknown) => {
    const { settings: next, problem } = parseLspSettings(value);
    if (problem) {
      log(problem);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: problem });
    }
    settings = next;
  };

  const pullSettings = async () => {
    const value: unknown = await connection.workspace.getConfiguration("factmark");
    applySettings(value);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    diagnosticOptions = { relatedInformation: capabilities.textDocument?.publishDiagnostics?.relatedInformation === true };
    documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    pullsConfiguration = capabilities.workspace?.configuration === true;
    watchesFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    root = (folder && filePathOf(folder)) || params.rootPath || cwd;
    if (params.initializationOptions !== undefined) applySettings(params.initializationOptions);
    // A client that never sends `initialized` still gets its stories checked.
    setTimeout(settingsIn, 3000).unref();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: "factmark", version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    try {
      if (pullsConfiguration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: "factmark" }).catch(() => {});
        await pullSettings();
      }
      if (watchesFiles) await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] });
    } catch (error) {
      log(`factmark: ${describeError(error)}`);
    }
    settingsIn();
    // Load the workspace's registry before the first story opens.
    void contextFor(pathToFileURL(join(root, CONFIG_FILE)).href);
  });

  connection.onDidChangeConfiguration(async (params) => {
    try {
      if (pullsConfiguration) await pullSettings();
      else applySettings((params.settings as Record<string, unknown> | null)?.factmark ?? params.settings);
      reload();
    } catch (error) {
      log(`factmark: could not read the settings: ${describeError(error)}`);
    }
  });

  connection.onDidChangeWatchedFiles((params) => {
    const relevant = params.changes.some((change) => {
      const path = filePathOf(change.uri);
      return path !== undefined && (path.endsWith(`/${CONFIG_FILE}`) || watchedFiles.has(path));
    });
    if (relevant) reload();
  });

  connection.onDidOpenTextDocument((params: DidOpenTextDocumentParams) => {
    const bad = describeBadParams(DidOpenParams, params, "textDocument/didOpen");
    if (bad) return log(`factmark: ignored ${bad}`);
    const { uri, languageId, version, text } = params.textDocument;
    const story: OpenStory = { document: TextDocument.create(uri, languageId, version, text), format: formatOf(languageId, uri), diagnostics: [], pending: false, scheduled: false };
    documents.set(uri, story);
    if (story.format) schedule(story);
  });

  connection.onDidChangeTextDocument((params: DidChangeTextDocumentParams) => {
    const bad = describeBadParams(DidChangeParams, params, "textDocument/didChange");
    if (bad) return log(`factmark: ignored ${bad}`);
    const uri = params.textDocument.uri;
    const story = documents.get(uri);
    if (!story) {
      log(`factmark: ignored changes to ${uri}, which is not open; the client sends textDocument/didOpen first`);
      return;
    }
    try {
      // Each change applies to the text as the ones before it left it.
      for (const change of params.contentChanges) {
        if ("range" in change && change.range) {
          const from = story.document.offsetAt(change.range.start);
          const to = Math.max(from, story.document.offsetAt(change.range.end));
          TextDocument.update(story.document, [change], params.textDocument.version);
          story.dirty = addEdit(story.dirty, from, to, change.text.length);
        } else {
          TextDocument.update(story.document, [change], params.textDocument.version);
          story.dirty = "all";
        }
      }
    } catch (error) {
      log(`factmark: could not apply the changes to ${uri}: ${describeError(error)}`);
      return;
    }
    if (story.format) schedule(story);
  });

  connection.onDidCloseTextDocument((params: DidCloseTextDocumentParams) => {
    const bad = describeBadParams(DidCloseParams, params, "textDocument/didClose");
    if (bad) return log(`factmark: ignored ${bad}`);
    const uri = params.textDocument.uri;
    const story = documents.get(uri);
    if (!story) {
      log(`factmark: ignored closing ${uri}, which is not open`);
      return;
    }
    documents.delete(uri);
    if (story.format) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params: CodeActionParams) => {
    const bad = describeBadParams(CodeActionParamsShape, params, "textDocument/codeAction");
    if (bad) return new ResponseError(ErrorCodes.InvalidParams, `factmark: ${bad}`);
    const uri = params.textDocument.uri;
    const story = documents.get(uri);
    if (!story) return new ResponseError(ErrorCodes.InvalidParams, `factmark: ${uri} is not open; send textDocument/didOpen before asking for its code actions`);
    // Quick fixes are all the server offers: asked only for other kinds, it has none.
    const only = params.context.only;
    if (!story.format || (only && !only.some((kind) => kind === CodeActionKind.Empty || kind === CodeActionKind.QuickFix))) return [];
    await flush(story);
    if (!story.check || !story.context) return [];
    return codeActionsFor(story.check.findings, story.diagnostics, story.document, story.format, story.context.registry, params.range, { documentChanges });
  });

  connection.onShutdown(() => {
    shutdown = true;
  });

  connection.listen();
}

/**
 * The changed region after one more edit (`[from, to)` of the text before it replaced by `length`
 * characters): the union of the region before, moved by the edit, and what the edit wrote.
 */
function addEdit(dirty: OpenStory["dirty"], from: number, to: number, length: number): OpenStory["dirty"] {
  const shift = length - (to - from);
  if (dirty === "all") return dirty;
  if (!dirty) return { from, to: from + length, shift };
  const moved = dirty.to <= from ? dirty.to : dirty.to >= to ? dirty.to + shift : from + length;
  return { from: Math.min(dirty.from, from), to: Math.max(moved, from + length), shift: dirty.shift + shift };
}

/** The input format of a document, by its language id, else by its file extension; undefined for others. */
function formatOf(languageId: string, uri: string): InputFormat | undefined {
  const byLanguage = LANGUAGES[languageId.toLowerCase()];
  if (byLanguage) return byLanguage;
  const path = uri.split(/[?#]/)[0]!.toLowerCase();
  if (/\.(md|markdown|mdx|html?|txt)$/.test(path)) return formatFromPath(path);
  return undefined;
}

/** The file path of a `file:` URI; undefined for other schemes (an unsaved buffer). */
function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The registry file a config names for the language server: its last file entry ("default" entries name the default registry, which needs no file). */
function configRegistryFile(config: LoadedConfig): string | undefined {
  const files = (configRegistryPaths(config, config.dir) ?? []).filter((entry) => entry !== "default" && entry !== "@factmark/dataset-gaza");
  const last = files[files.length - 1];
  return last === undefined ? undefined : resolve(config.dir, last);
}
