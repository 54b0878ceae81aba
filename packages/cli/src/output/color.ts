/** Text styles for terminal output; each is the identity when color is off. */
export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

/** Whether to color output: only on a terminal, and never when `NO_COLOR` is set (https://no-color.org). */
export function shouldColor(io: { isTTY: boolean; env: Record<string, string | undefined> }): boolean {
  return io.isTTY && io.env.NO_COLOR === undefined;
}

/** ANSI styles when `enabled`, plain text otherwise. */
export function createPalette(enabled: boolean): Palette {
  const style = (open: number, close: number) => (enabled ? (text: string) => `\u001b[${open}m${text}\u001b[${close}m` : (text: string) => text);
  return {
    red: style(31, 39),
    yellow: style(33, 39),
    blue: style(34, 39),
    green: style(32, 39),
    dim: style(2, 22),
    bold: style(1, 22),
    underline: style(4, 24),
  };
}
