import { defineConfig } from "vitest/config";

// Property tests run thousands of checks: allow for a slow or busy machine.
export default defineConfig({
  test: {
    testTimeout: 60_000,
  },
});
