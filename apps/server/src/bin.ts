#!/usr/bin/env node
import { runCli } from "./cli.js";

// Setting exitCode rather than calling process.exit lets piped output drain before Node exits.
process.exitCode = await runCli(process.argv.slice(2));
