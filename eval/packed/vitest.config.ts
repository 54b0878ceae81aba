import { defineConfig } from "vitest/config";

// Packing four packages and installing them into a scratch project takes a while on a busy machine.
export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
