import { FactmarkError, INPUT_FORMATS, type InputFormat, type InputReader, type ParsedDocument, loadInputReader } from "@factmark/core/lazy";

/** Reads a document in the given format, as core's `parseInput` does. */
export type DocumentReader = (input: string | object, format: InputFormat) => ParsedDocument;

const loading = new Map<InputFormat, Promise<InputReader>>();

/**
 * The reader of one format, loaded the first time it is asked for and kept (core's
 * `loadInputReader`). A command that reads only plain text never loads the Markdown and HTML
 * parsers, which are most of what starting it would otherwise cost.
 */
export function loadReader(format: InputFormat): Promise<InputReader> {
  let reader = loading.get(format);
  if (!reader) {
    reader = loadInputReader(format);
    loading.set(format, reader);
  }
  return reader;
}

/**
 * A reader of every format, each one loaded: for the commands that run for a while (`check
 * --watch`, `lsp`) and read whatever format each story has, synchronously.
 */
export async function loadDocumentReader(): Promise<DocumentReader> {
  const readers = new Map(await Promise.all(INPUT_FORMATS.map(async (format) => [format, await loadReader(format)] as const)));
  return (input, format) => {
    const read = readers.get(format);
    if (!read) throw new FactmarkError("unsupported-format", `format "${String(format)}" is not one factmark reads; expected one of ${INPUT_FORMATS.join(", ")}`);
    return read(input);
  };
}
