import { pathToFileURL } from "node:url";
import { type Finding, RULES, type Severity } from "@factmark/core/lazy";
import type { FileReport } from "../report.js";

/** Options for {@link formatCheckSarif}. */
export interface SarifOptions {
  /** The directory relative paths are relative to (`%SRCROOT%`). */
  cwd: string;
  /** The factmark version reported as the tool's. */
  version: string;
}

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/**
 * Formats check results as SARIF 2.1.0 (for GitHub code scanning and other SARIF viewers): one
 * run whose driver lists factmark's rules (id, description, default level), one result per
 * finding with its physical location (`startLine`, `startColumn`, `endLine`, `endColumn` 1-based
 * in UTF-16 code units, `charOffset`, `charLength`) and replace fixes as SARIF fixes. Paths are
 * relative to `%SRCROOT%`, the working directory.
 */
export function formatCheckSarif(reports: readonly FileReport[], options: SarifOptions): string {
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.id as string, i]));
  const results = reports.flatMap((report) => report.findings.map((f) => resultOf(f, report, ruleIndex)));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "factmark",
            version: options.version,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: pascalCase(rule.id),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              defaultConfiguration: { level: LEVEL[rule.severity] },
            })),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: directoryUri(options.cwd) } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function resultOf(f: Finding, report: FileReport, ruleIndex: Map<string, number>): Record<string, unknown> {
  const artifactLocation = artifactOf(report.path);
  const region = regionOf(f.from, f.to, report, f.text);
  const index = ruleIndex.get(f.ruleId);
  const fixes = f.fixes.flatMap((fix) =>
    fix.kind === "replace" && report.locate
      ? [
          {
            description: { text: fix.label },
            artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: regionOf(fix.from, fix.to, report), insertedContent: { text: fix.text } }] }],
          },
        ]
      : [],
  );
  return {
    ruleId: f.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation, ...(region ? { region } : {}) } }],
    ...(fixes.length ? { fixes } : {}),
  };
}

function regionOf(from: number, to: number, report: FileReport, snippet?: string): Record<string, unknown> | undefined {
  // ProseMirror positions are not places in the file: such results name the file only.
  if (!report.locate) return undefined;
  const start = report.locate(from);
  const end = report.locate(to);
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: from,
    charLength: to - from,
    ...(snippet === undefined ? {} : { snippet: { text: snippet } }),
  };
}

function artifactOf(path: string): { uri: string; uriBaseId?: string } {
  if (path === "<stdin>") return { uri: "stdin" };
  if (path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(/[\\/]/).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}
