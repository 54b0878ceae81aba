import { defineConfig } from "vitest/config";

// Most tests run the built `factmark` bin as a child process, which loads core and, for some,
// the default registry: allow for a slow machine.
export default defineConfig({
  test: {
    testTimeout: 60_000,
  },
});
