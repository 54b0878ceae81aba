/** A 1-based line and column; the column counts UTF-16 code units, like the offsets. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Maps 0-based UTF-16 offsets of `text` to 1-based lines and columns. A line ends at "\n", "\r\n"
 * or a lone "\r"; an offset at a line break belongs to the line it ends. Each lookup is
 * O(log lines) after one O(n) pass.
 *
 * @example locateOffsets("a\nbc").locate(3) // { line: 2, column: 2 }
 */
export function locateOffsets(text: string): { locate(offset: number): LineColumn } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i += 1;
      starts.push(i + 1);
    }
  }
  return {
    locate(offset: number): LineColumn {
      const at = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: at - starts[lo]! + 1 };
    },
  };
}
