import { Parser } from "htmlparser2";
import { isValidIsoDate } from "../dates.js";
import { type Block, BlockBuilder, type DisableDirective, type ParsedDocument } from "./block.js";

const BLOCK_TAGS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "td", "th", "pre", "article", "section", "figcaption", "dt", "dd", "caption", "header", "footer", "aside", "main", "body", "ul", "ol", "table", "tr", "figure",
]);
const SKIP_TAGS = new Set(["script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object"]);
const VOID_TAGS = new Set(["br", "img", "hr", "input", "meta", "link", "wbr", "source", "area", "col", "embed", "track", "base", "param"]);
const DIRECTIVE = /^\s*factmark-(disable-next-line|disable|enable)\b(.*)$/s;
/**
 * The deepest nesting of open elements the parser keeps. htmlparser2 keeps its open elements in an
 * array it grows at the front and searches on every close tag, so elements nested n deep cost n²
 * (1 MB of "<ul><li>" took 17 s). Deeper elements are forgotten, outermost first, as if closed;
 * their close tags are then ignored. Real pages nest a few dozen deep.
 */
export const MAX_HTML_DEPTH = 256;
const SPACES = /[^\S\ufeff]+/g;

/**
 * Parses HTML with htmlparser2 (a real, forgiving HTML parser: unclosed tags and stray markup do
 * not throw) into blocks of text with offset maps into the HTML source. Entities are decoded;
 * `<a>` and `<cite>` mark cited spans; `<meta name="date" content="YYYY-MM-DD">` (or
 * `article:published_time`) gives the document date; script and style content is ignored.
 */
export function parseHtml(input: string): ParsedDocument {
  const blocks: Block[] = [];
  const disabled: DisableDirective[] = [];
  let builder: BlockBuilder | undefined;
  let type = "paragraph";
  let skipDepth = 0;
  let date: string | undefined;
  let title: string | undefined;
  let inTitle = false;
  let pendingNextLine: string[] | undefined;
  const inline: boolean[] = [];
  const open: { rules: string[]; from: number }[] = [];

  const flush = (): void => {
    const pieces = builder?.buildAll() ?? [];
    if (pieces.length > 0) {
      blocks.push(...pieces);
      if (pendingNextLine) {
        disabled.push({ rules: pendingNextLine, from: pieces[0]!.map[0]!.source, to: sourceEnd(pieces[pieces.length - 1]!) });
        pendingNextLine = undefined;
      }
    }
    builder = undefined;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        // htmlparser2 has no depth limit of its own: its element stacks are private fields, trimmed
        // here (the version is pinned exactly, and the hostile-shape tests fail if they move).
        const internals = parser as unknown as { stack?: string[]; foreignContext?: unknown[] };
        if (internals.stack && internals.stack.length > MAX_HTML_DEPTH) internals.stack.length = MAX_HTML_DEPTH;
        const foreign = internals.foreignContext;
        if (foreign && foreign.length > MAX_HTML_DEPTH) {
          // Its last entry is the document's own context: keep it at the bottom.
          const base = foreign[foreign.length - 1];
          foreign.length = MAX_HTML_DEPTH;
          foreign[MAX_HTML_DEPTH - 1] = base;
        }
        if (SKIP_TAGS.has(name)) {
          if (name === "title") inTitle = true;
          skipDepth += 1;
          return;
        }
        if (name === "meta") {
          const key = (attributes.name ?? attributes.property ?? "").toLowerCase();
          if (["date", "article:published_time", "dc.date", "pubdate", "publish-date"].includes(key)) {
            const value = (attributes.content ?? "").slice(0, 10);
            if (isValidIsoDate(value)) date = value;
          }
          return;
        }
        if (name === "time" && attributes.datetime && attributes.itemprop === "datePublished") {
          const value = attributes.datetime.slice(0, 10);
          if (isValidIsoDate(value)) date = value;
        }
        if (BLOCK_TAGS.has(name)) {
          flush();
          type = /^h\d$/.test(name) ? "heading" : name === "li" ? "list-item" : name === "blockquote" ? "quote" : name === "td" || name === "th" ? "cell" : "paragraph";
          return;
        }
        if (name === "br") {
          builder?.append("\n", parser.startIndex, parser.endIndex + 1 - parser.startIndex);
          return;
        }
        const cites = name === "a" || name === "cite" || attributes["data-factmark-source"] !== undefined;
        // Which open inline elements cite: a plain <span> closing must not end an <a>'s citation.
        if (!VOID_TAGS.has(name)) inline.push(cites);
        if (cites) {
          builder ??= new BlockBuilder(type);
          builder.openCite();
        }
      },
      onclosetag(name) {
        if (SKIP_TAGS.has(name)) {
          if (name === "title") inTitle = false;
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (BLOCK_TAGS.has(name)) {
          flush();
          return;
        }
        if (VOID_TAGS.has(name)) return;
        if (inline.pop()) builder?.closeCite();
      },
      ontext(text) {
        if (inTitle) {
          title = (title ?? "") + text;
          return;
        }
        if (skipDepth > 0) return;
        const start = parser.startIndex;
        const length = parser.endIndex + 1 - start;
        // Whitespace between tags collapses as a browser renders it.
        // (JavaScript's \s takes in the byte order mark, which is no space but a default-ignorable the block builder leaves out.)
        const value = text.replace(SPACES, " ");
        builder ??= new BlockBuilder(type);
        builder.append(value, start, value.length === length && input.slice(start, start + length).replace(SPACES, " ") === value ? value.length : length);
      },
      oncomment(data) {
        const match = DIRECTIVE.exec(data);
        if (!match) return;
        const rules = match[2]!.split(/[\s,]+/).filter(Boolean);
        if (match[1] === "disable-next-line") {
          flush();
          pendingNextLine = rules;
        } else if (match[1] === "disable") open.push({ rules, from: parser.endIndex + 1 });
        else {
          const start = open.pop();
          if (start) disabled.push({ ...start, to: parser.startIndex });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(input);
  parser.end();
  flush();
  for (const start of open) disabled.push({ ...start, to: input.length });
  return { format: "html", blocks, disabled, ...(date ? { date } : {}), ...(title?.trim() ? { title: title.trim() } : {}) };
}

function sourceEnd(block: Block): number {
  const last = block.map[block.map.length - 1]!;
  return last.source + last.sourceLength;
}
