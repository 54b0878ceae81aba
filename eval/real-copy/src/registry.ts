import { Registry } from "@factmark/core";
import { defaultRegistry as gaza } from "@factmark/dataset-gaza";
import { defaultRegistry as ukraine } from "@factmark/dataset-ukraine";

let merged: Registry | undefined;

/**
 * The registry the suite checks its stories against: the default the CLI, the service and the
 * editor use, both datasets merged, so a story about any of the suite's conflicts is judged as a
 * newsroom would see it judged.
 */
export function suiteRegistry(): Registry {
  merged ??= Registry.merge([gaza(), ukraine()]);
  return merged;
}
