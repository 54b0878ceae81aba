import { defineConfig } from "vitest/config";

// Two projects: unit tests of the editor's modules in Node (jsdom where a DOM is needed), and
// browser tests that drive Debian's Chromium against the built app served by `vite preview`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/*.test.ts"],
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/*.test.ts"],
          globalSetup: ["test/browser/serve.ts"],
          // One Chromium at a time: the machine has two cores, and each file launches its own.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
