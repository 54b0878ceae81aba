export { runCli } from "./cli.js";
export type { CliIo } from "./io.js";
