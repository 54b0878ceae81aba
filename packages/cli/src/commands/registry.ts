import { CLAIM_KINDS, type CasualtyClaim, Registry, type RegistryProblem, seriesKeyOf, validateRegistry } from "@factmark/core/lazy";
import { parseArgsOrHelp } from "../args.js";
import { EXIT, type Command } from "../command.js";
import { UsageError, formatPath } from "../errors.js";
import { withFile } from "../with-file.js";
import { oneOf, stringOption, stringsOption } from "../options.js";
import { createPalette, shouldColor } from "../output/color.js";
import { REGISTRY_OPTIONS, loadRegistry, readRegistryFile } from "../registry.js";

const VALIDATE_HELP = `Usage: factmark registry validate <file> [options]

Loads a registry (.json, .ndjson, .jsonl or .csv) and checks its consistency:
dangling source, series or actor ids, duplicate ids, cumulative series that fall,
phase indexes beyond their count, citations dated before their figure …

Options:
  --format FORMAT  stylish (default) or json
  -h, --help       show this help

Exit codes: 0 valid (warnings allowed), 1 an error-severity problem,
2 the file cannot be read or parsed (the message names file:line:column).

Example:
  factmark registry validate newsroom.ndjson
`;

const STATS_HELP = `Usage: factmark registry stats [options]

Summarizes a registry: claims by kind, each conflict with its series, claims and
last report date, each series with its first and last date and latest value, and
the sources with the number of claims citing them.

Options:
  --registry FILE  the registry to describe (default: the Gaza and Ukraine datasets);
                   several are merged in order, "default" naming the default registry
  --dataset NAME   describe the dataset package @factmark/dataset-NAME; several merge
                   in order, before the --registry files: repeat it or list them with
                   commas (--dataset gaza,ukraine)
  --prefer-last    let a later --registry win an id two of them define differently
  --format FORMAT  stylish (default) or json
  -h, --help       show this help

Examples:
  factmark registry stats
  factmark registry stats --registry newsroom.ndjson --format json
  factmark registry stats --registry default --registry newsroom.ndjson
  factmark registry stats --dataset ukraine --registry newsroom.ndjson
`;

const HELP = `Usage: factmark registry <command> [options]

Commands:
  validate <file>  check a registry file's consistency
  stats            summarize a registry (the default one without --registry)

Run "factmark registry <command> --help" for a command's options.
`;

/**
 * `factmark registry validate <file>`: parses a registry file and runs core's
 * `validateRegistry`, printing each problem (severity, claim id, path, message). Exits 1 when a
 * problem is an error, 2 when the file cannot be parsed, else 0 with `ok: N claims, N sources …`.
 *
 * @example
 * factmark registry validate newsroom.ndjson
 * // ok: 412 claims, 6 sources, 4 actors, 3 series
 */
export const registryValidateCommand: Command = {
  name: "registry validate",
  summary: "check a registry file's consistency",
  help: VALIDATE_HELP,
  async run(argv, io) {
    const args = parseArgsOrHelp(argv, { format: { type: "string" } }, registryValidateCommand, io);
    if (!args) return EXIT.ok;
    const { values, positionals } = args;
    const format = oneOf("--format", stringOption(values, "format"), ["stylish", "json"] as const, "stylish");
    if (positionals.length !== 1) {
      throw new UsageError(`expected one registry file, received ${positionals.length}; for example "factmark registry validate registry.ndjson"`);
    }
    const path = positionals[0]!;
    const data = readRegistryFile(path, io.cwd);
    const problems = withFile(path, () => validateRegistry(data));
    const errors = problems.filter((p) => p.severity === "error").length;
    const counts = { claims: data.claims.length, sources: data.sources.length, actors: data.actors.length, series: data.series.length };
    if (format === "json") {
      io.stdout(`${JSON.stringify({ path, valid: errors === 0, counts, problems }, null, 2)}\n`);
    } else {
      const palette = createPalette(shouldColor(io));
      for (const problem of problems) io.stdout(`${formatProblem(path, problem, palette)}\n`);
      const summary = `${counts.claims} claims, ${counts.sources} sources, ${counts.actors} actors, ${counts.series} series`;
      const warnings = problems.length - errors;
      if (errors > 0) io.stdout(palette.red(`✖ ${path}: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"} (${summary})\n`));
      else io.stdout(palette.green(`ok: ${summary}${warnings ? `, ${warnings} ${warnings === 1 ? "warning" : "warnings"}` : ""}\n`));
    }
    return errors > 0 ? EXIT.findings : EXIT.ok;
  },
};

function formatProblem(path: string, problem: RegistryProblem, palette: ReturnType<typeof createPalette>): string {
  const severity = problem.severity === "error" ? palette.red("error  ") : palette.yellow("warning");
  const claim = problem.claimId ? ` ${problem.claimId}` : "";
  return `${severity} ${path}${palette.dim(`#${formatPath(problem.path)}`)}${claim}: ${problem.message}  ${palette.dim(problem.code)}`;
}

/** What `factmark registry stats --format json` prints. */
export interface RegistryStats {
  registry: string;
  date?: string;
  attribution?: string;
  claims: number;
  kinds: Record<string, number>;
  /**
   * Each registered conflict, in registry order: its series (declared for it, or counting in one
   * of its places), its claims (their series', a proposal's or an event's conflict) and the date
   * of its latest claim. `unassigned` counts the claims of no conflict (positions, figures of a
   * place no conflict is fought in); it is left out when there are none.
   */
  conflicts: { id: string; name: string; start: string; end?: string; series: number; claims: number; last?: string }[];
  unassigned?: { series: number; claims: number };
  series: { id: string; title?: string; conflict?: string; source: string; measure: string; reports: number; first?: string; last?: string; latest?: number | { min: number; max: number } }[];
  sources: { id: string; name: string; type: string; claims: number }[];
}

/**
 * `factmark registry stats`: summarizes a registry (the default one, `--registry FILE` or
 * `--dataset NAME`): claims by kind, each conflict with its series, claims and last report date,
 * each series with its first and last report and latest value, and sources with the number of
 * claims citing them.
 *
 * @example
 * factmark registry stats --format json
 * // {"registry":"@factmark/dataset-gaza + @factmark/dataset-ukraine","claims":9263,"kinds":{"casualty":…},"series":[…],"sources":[…]}
 */
export const registryStatsCommand: Command = {
  name: "registry stats",
  summary: "summarize a registry",
  help: STATS_HELP,
  async run(argv, io) {
    const args = parseArgsOrHelp(argv, { ...REGISTRY_OPTIONS, format: { type: "string" } }, registryStatsCommand, io);
    if (!args) return EXIT.ok;
    const { values, positionals } = args;
    const format = oneOf("--format", stringOption(values, "format"), ["stylish", "json"] as const, "stylish");
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"; pass a registry with --registry, for example "factmark registry stats --registry registry.ndjson"`);
    const { registry, label, attribution } = await loadRegistry(stringsOption(values, "registry"), undefined, io.cwd, { preferLast: values["prefer-last"] === true, datasets: stringsOption(values, "dataset") });
    const stats = { ...computeStats(registry, label), ...(attribution ? { attribution } : {}) };
    io.stdout(format === "json" ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats, createPalette(shouldColor(io))));
    return EXIT.ok;
  },
};

/**
 * `factmark registry`: the registry commands, `validate` and `stats`. Without a subcommand it
 * prints their list and exits 2.
 *
 * @example
 * factmark registry validate newsroom.ndjson && factmark registry stats --registry newsroom.ndjson
 */
export const registryCommand: Command = {
  name: "registry",
  summary: "validate or summarize a claim registry",
  help: HELP,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === "validate") return registryValidateCommand.run(rest, io);
    if (sub === "stats") return registryStatsCommand.run(rest, io);
    if (sub === undefined) {
      io.stderr(HELP);
      return EXIT.usage;
    }
    if (sub === "--help" || sub === "-h" || sub === "help") {
      io.stdout(HELP);
      return EXIT.ok;
    }
    throw new UsageError(`unknown command "registry ${sub}"; expected "registry validate <file>" or "registry stats"`);
  },
};

function computeStats(registry: Registry, label: string): RegistryStats {
  const claims = registry.claims();
  const kinds: Record<string, number> = Object.fromEntries(CLAIM_KINDS.map((kind) => [kind, 0]));
  const citing = new Map<string, number>();
  const keys = new Set<string>(registry.series().map((s) => s.id));
  for (const claim of claims) {
    kinds[claim.kind] = (kinds[claim.kind] ?? 0) + 1;
    for (const source of new Set(claim.citations.map((c) => c.source))) citing.set(source, (citing.get(source) ?? 0) + 1);
    if (claim.kind === "casualty") keys.add(seriesKeyOf(claim));
  }
  // A series belongs to the conflict it declares, else to the first conflict fought in its place.
  const conflictOfSeries = new Map<string, string>();
  const series = [...keys].map((id) => {
    const declared = registry.seriesById(id);
    const history = registry.history(id);
    const latest = history[history.length - 1];
    const place = declared?.population.place ?? history[0]?.population.place;
    const conflict = declared?.conflict ?? (place === undefined ? undefined : registry.conflictsOfPlace(place)[0]?.id);
    if (conflict !== undefined) conflictOfSeries.set(id, conflict);
    return {
      id,
      ...(declared?.title ? { title: declared.title } : {}),
      ...(conflict !== undefined ? { conflict } : {}),
      source: declared?.source ?? latest?.citations[0]?.source ?? "",
      measure: declared?.measure ?? latest?.measure ?? "",
      reports: history.length,
      ...(history[0] ? { first: history[0].asOf } : {}),
      ...(latest ? { last: latest.asOf, latest: valueOf(latest) } : {}),
    };
  });
  const sources = registry.sources().map((s) => ({ id: s.id, name: s.name, type: s.type, claims: citing.get(s.id) ?? 0 }));
  const tally = new Map(registry.conflicts().map((c) => [c.id, { series: 0, claims: 0, last: undefined as string | undefined }]));
  const unassigned = { series: 0, claims: 0 };
  for (const s of series) {
    const entry = s.conflict === undefined ? undefined : tally.get(s.conflict);
    if (entry) entry.series++;
    else unassigned.series++;
  }
  for (const claim of claims) {
    const conflict = claim.kind === "casualty" ? conflictOfSeries.get(seriesKeyOf(claim)) : claim.kind === "phase" ? claim.proposal.conflict : claim.kind === "event" ? claim.conflict : undefined;
    const entry = conflict === undefined ? undefined : tally.get(conflict);
    if (!entry) {
      unassigned.claims++;
      continue;
    }
    entry.claims++;
    if (entry.last === undefined || claim.asOf > entry.last) entry.last = claim.asOf;
  }
  const conflicts = registry.conflicts().map((c) => {
    const entry = tally.get(c.id)!;
    return { id: c.id, name: c.name, start: c.start, ...(c.end !== undefined ? { end: c.end } : {}), series: entry.series, claims: entry.claims, ...(entry.last !== undefined ? { last: entry.last } : {}) };
  });
  return {
    registry: label,
    ...(registry.date ? { date: registry.date } : {}),
    claims: claims.length,
    kinds,
    conflicts,
    ...(unassigned.series + unassigned.claims > 0 ? { unassigned } : {}),
    series,
    sources,
  };
}

function valueOf(claim: CasualtyClaim): number | { min: number; max: number } {
  const q = claim.quantity;
  return q.value !== undefined ? q.value : { min: q.low ?? 0, max: q.high ?? q.low ?? 0 };
}

function formatStats(stats: RegistryStats, palette: ReturnType<typeof createPalette>): string {
  const number = (n: number) => n.toLocaleString("en-US");
  const out: string[] = [];
  out.push(`${palette.bold(stats.registry)}${stats.date ? palette.dim(`  compiled ${stats.date}`) : ""}`);
  if (stats.attribution) out.push(palette.dim(`Data: ${stats.attribution}`));
  const kinds = Object.entries(stats.kinds).filter(([, n]) => n > 0);
  out.push(`${number(stats.claims)} claims${kinds.length ? ` (${kinds.map(([kind, n]) => `${number(n)} ${kind}`).join(", ")})` : ""}`);
  out.push("", palette.bold(`Conflicts (${stats.conflicts.length})`));
  const conflictRows = stats.conflicts.map((c) => [c.id, String(c.series), number(c.claims), c.last ?? "", `${c.start} … ${c.end ?? ""}`.trimEnd()]);
  if (stats.unassigned) conflictRows.push(["(no conflict)", String(stats.unassigned.series), number(stats.unassigned.claims), "", ""]);
  out.push(...table([["id", "series", "claims", "last report", "dates"], ...conflictRows], palette));
  out.push("", palette.bold(`Series (${stats.series.length})`));
  const rows = stats.series.map((s) => [
    s.id,
    String(s.reports),
    s.first && s.last ? `${s.first} … ${s.last}` : "",
    s.latest === undefined ? "" : typeof s.latest === "number" ? number(s.latest) : `${number(s.latest.min)}–${number(s.latest.max)}`,
  ]);
  out.push(...table([["id", "reports", "dates", "latest"], ...rows], palette));
  out.push("", palette.bold(`Sources (${stats.sources.length})`));
  out.push(...table([["id", "claims", "type", "name"], ...stats.sources.map((s) => [s.id, String(s.claims), s.type, s.name])], palette));
  return `${out.join("\n")}\n`;
}

function table(rows: string[][], palette: ReturnType<typeof createPalette>): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row, r) => {
    const line = `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ")}`.trimEnd();
    return r === 0 ? palette.dim(line) : line;
  });
}
