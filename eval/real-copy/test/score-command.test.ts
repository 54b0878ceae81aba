import { describe, expect, it } from "vitest";
import { USAGE, scoreCommand } from "../src/score-command.js";

describe("the scorer's command line", () => {
  const run = (args: string[]) => {
    let out = "";
    let err = "";
    const code = scoreCommand(args, (t) => (out += t), (t) => (err += t));
    return { code, out, err };
  };

  it("prints its usage for --help and -h, and scores nothing", () => {
    for (const flag of ["--help", "-h"]) expect(run([flag])).toEqual({ code: 0, out: `${USAGE}\n`, err: "" });
  });

  it("names an argument that is not a folder of stories, with the path it looked for, and exits 2", () => {
    const { code, out, err } = run(["no-such-set"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/^score: "no-such-set" is not a folder of stories \(looked for .*no-such-set\)\nusage:/);
    expect(run(["package.json"]).code).toBe(2);
  });
});
