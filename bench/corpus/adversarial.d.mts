/** About `size` characters of adversarial text (see adversarial.mjs). */
export function adversarialText(size: number): string;
