import { defineConfig } from "vitest/config";

// The suite checks every story and every perturbed copy of it: allow for a slow or busy machine.
export default defineConfig({
  test: {
    testTimeout: 300_000,
  },
});
