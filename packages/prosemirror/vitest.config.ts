import { defineConfig } from "vitest/config";

// The plugin runs in a real EditorView, which needs a DOM.
export default defineConfig({
  test: {
    environment: "jsdom",
    testTimeout: 60_000,
  },
});
