import { defineConfig } from "vitest/config";

// The API suite seeds a real database (SQLite or PostgreSQL) with the default registry and some
// tests start real servers and child processes: allow for a slow, busy machine.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
