import { scoreCommand } from "./score-command.js";

// `npm run score [-- <stories-dir>]`: see scoreCommand.
process.exitCode = scoreCommand(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text));
