// Adversarial text for the extractor: long digit runs, repeated hedges, nested markup, unbalanced
// quotes and vague amounts, in blank-line separated blocks. Used by bench/check.bench.mjs (timed)
// and by packages/core/test/properties.test.ts (correctness), so both read the same text.

/**
 * About `size` characters of adversarial text.
 * @param {number} size
 * @returns {string}
 */
export function adversarialText(size) {
  const pieces = [
    "9".repeat(5000),
    `${"1,".repeat(3000)}1`,
    `${"over ".repeat(2000)}34,000 killed`,
    "more than more than nearly about at least ".repeat(500),
    `${"<b>".repeat(2000)}34,000${"</b>".repeat(2000)}`,
    `${"*".repeat(4000)}${"_".repeat(4000)}`,
    "a-".repeat(5000),
    "“".repeat(3000),
    `${"hundreds of ".repeat(2000)}thousands`,
    "34,000 killed, 35,000 injured, nearly 1.2 million displaced in Gaza ".repeat(200),
  ];
  let text = "";
  for (let i = 0; text.length < size; i++) text += `${pieces[i % pieces.length]}\n\n`;
  return text;
}
