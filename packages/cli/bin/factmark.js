#!/usr/bin/env node
// The `factmark` command. It loads the built dist/bin/bin.js rather than being it: npm links a
// workspace's commands when it installs, before anything is built, and links no command whose file
// does not exist yet, so `npx factmark` in a fresh checkout needs a file that is always there.
import { fileURLToPath } from "node:url";

const built = new URL("../dist/bin/bin.js", import.meta.url);
try {
  await import(built.href);
} catch (error) {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes(fileURLToPath(built))) {
    console.error("factmark: the command is not built yet; run `npm run build` first");
    process.exitCode = 2;
  } else {
    throw error;
  }
}
