#!/usr/bin/env node
// The `factmark-server` command. It loads the built dist/bin.js rather than being it: npm links a
// workspace's commands when it installs, before anything is built, and links no command whose file
// does not exist yet, so `npx factmark-server` in a fresh checkout needs a file that is always there.
import { fileURLToPath } from "node:url";

const built = new URL("../dist/bin.js", import.meta.url);
try {
  await import(built.href);
} catch (error) {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes(fileURLToPath(built))) {
    console.error("factmark-server: the service is not built yet; run `npx turbo run build --filter=@factmark/server...` first");
    process.exitCode = 2;
  } else {
    throw error;
  }
}
