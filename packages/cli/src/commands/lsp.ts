import { format } from "node:util";
import { parseArgsOrHelp } from "../args.js";
import { EXIT, type Command } from "../command.js";
import { UsageError } from "../errors.js";
import { dateOption, stringOption, stringsOption } from "../options.js";

const HELP = `Usage: factmark lsp --stdio [options]

Runs factmark's language server, for editors that speak the Language Server
Protocol (VS Code, Neovim, Helix, Zed, Sublime Text, Emacs). It checks each open
Markdown, HTML or plain-text document as it is typed, shows the findings as
diagnostics, and offers their fixes as quick fixes. The editor starts it; see
the README for each editor's setup.

Options:
  --stdio                speak JSON-RPC over standard input and output (required)
  --date YYYY-MM-DD      the date every story is checked as of, over its front matter
  --registry FILE        a registry file to check against (default: the config's
                         "registry", else the Gaza and Ukraine datasets)
  --dataset NAME         check against @factmark/dataset-NAME (repeat, or list
                         with commas: --dataset gaza,ukraine, to merge)
  --config FILE          a config file (default: the nearest factmark.config.json
                         above each document)
  -h, --help             show this help

Editor settings (the "factmark" section): date, registry, dataset, config, rules,
maxDocumentLength. The options above win over them; they win over the config file.

Examples:
  factmark lsp --stdio
  factmark lsp --stdio --registry newsroom.ndjson
`;

/**
 * `factmark lsp`: runs the language server over standard input and output until the client
 * sends `exit` or closes its end; then the process exits, with 0 after a `shutdown` request and
 * 1 otherwise, as the Language Server Protocol asks. Standard output carries only the protocol:
 * anything else written to the console goes to standard error.
 *
 * @example
 * factmark lsp --stdio --registry newsroom.ndjson
 */
export const lspCommand: Command = {
  name: "lsp",
  summary: "run the language server for editors (--stdio)",
  help: HELP,
  async run(argv, io) {
    const args = parseArgsOrHelp(
      argv,
      { stdio: { type: "boolean" }, date: { type: "string" }, registry: { type: "string" }, dataset: { type: "string", multiple: true }, config: { type: "string" } },
      lspCommand,
      io,
    );
    if (!args) return EXIT.ok;
    const { values, positionals } = args;
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"; the language server takes its documents from the editor, for example "factmark lsp --stdio"`);
    if (values.stdio !== true) throw new UsageError('the language server speaks over standard input and output only; start it as "factmark lsp --stdio"');
    const flags = { date: dateOption(stringOption(values, "date")), registry: stringOption(values, "registry"), datasets: stringsOption(values, "dataset") ?? [], config: stringOption(values, "config") };
    // Loaded only here: the protocol library is not needed by the other commands.
    const { startLanguageServer } = await import("../lsp/server.js");
    // Standard output is the protocol channel.
    const toStderr = (...parts: unknown[]) => void process.stderr.write(`${format(...parts)}\n`);
    console.log = console.info = console.debug = console.warn = toStderr;
    return new Promise<number>(() => {
      startLanguageServer({ input: process.stdin, output: process.stdout, flags, cwd: io.cwd, today: io.today, onClose: (code) => process.exit(code) });
    });
  },
};
