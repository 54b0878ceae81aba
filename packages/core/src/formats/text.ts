import { BlockBuilder, type ParsedDocument } from "./block.js";

/** Splits plain text into paragraphs at blank lines; each paragraph maps one-to-one onto the input. */
export function parseText(input: string): ParsedDocument {
  const blocks = [];
  // A linear scan for blank lines rather than a regex over the whole text keeps huge inputs linear.
  let start = 0;
  const n = input.length;
  while (start < n) {
    let end = input.indexOf("\n", start);
    let blockEnd = -1;
    let scan = start;
    while (end !== -1) {
      let k = end + 1;
      while (k < n && (input[k] === " " || input[k] === "\t" || input[k] === "\r")) k += 1;
      if (k >= n || input[k] === "\n") {
        blockEnd = end;
        scan = k;
        break;
      }
      end = input.indexOf("\n", end + 1);
    }
    if (blockEnd === -1) {
      blockEnd = n;
      scan = n;
    }
    const builder = new BlockBuilder("paragraph");
    builder.append(input.slice(start, blockEnd), start, blockEnd - start);
    blocks.push(...builder.buildAll());
    start = scan + 1;
  }
  return { format: "text", blocks, disabled: [] };
}
