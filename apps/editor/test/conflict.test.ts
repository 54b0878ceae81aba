import { Registry } from "@factmark/core";
import { defaultRegistry as gaza } from "@factmark/dataset-gaza";
import { defaultRegistry as ukraine } from "@factmark/dataset-ukraine";
import { describe, expect, it } from "vitest";
import { StoryConflict } from "../src/conflict.js";
import { ui } from "../src/messages.js";

const registry = Registry.merge([gaza(), ukraine()]);

describe("the story's conflict", () => {
  it("finds the conflict whose places a story names, and changes with the story", () => {
    const conflict = new StoryConflict();
    expect(conflict.of(["Over 34,000 Palestinians have been killed in Gaza, the ministry said."], registry, "2024-05-04")?.id).toBe("israel-gaza-war");
    expect(conflict.of(["More than 11,000 civilians have been killed in Ukraine since the invasion, UN monitors said."], registry, "2025-02-15")?.id).toBe("russia-ukraine-war");
    expect(conflict.of(["The weather was mild on Tuesday."], registry, "2025-02-15")).toBeUndefined();
  });

  it("knows a conflict added to the registry as data", () => {
    const veridia = registry.with({
      places: [{ id: "veridia", name: "Veridia", demonyms: ["Veridians"] }],
      conflicts: [{ id: "veridian-coastal-war", name: "the Veridian coastal war", start: "2031-03-01", places: ["veridia"] }],
    });
    const conflict = new StoryConflict();
    expect(conflict.of(["Shelling resumed in Veridia on Monday."], veridia, "2031-06-15")?.id).toBe("veridian-coastal-war");
    // Not before it began.
    expect(conflict.of(["Shelling resumed in Veridia on Monday."], veridia, "2030-06-15")).toBeUndefined();
  });

  it("labels a conflict with its name and start", () => {
    expect(ui.storyConflict({ name: "the Veridian coastal war", start: "2031-03-01" })).toBe("About the Veridian coastal war, since 1 March 2031");
    expect(ui.storyConflict(undefined)).toBe("No registered conflict named");
  });
});
