/** The hostile shapes, by name: each gives about `size` characters of input in one format. */
export const HOSTILE_SHAPES: Record<string, { format: "text" | "markdown" | "html" | "prosemirror"; make: (size: number) => string | object }>;
