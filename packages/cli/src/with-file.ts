import { FactmarkError } from "@factmark/core/lazy";

/**
 * Runs `read` for the file `path`, naming the file in any `FactmarkError` it throws that does
 * not name one already (core's parsers know the line, not the file).
 */
export function withFile<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof FactmarkError && error.location?.file === undefined) {
      throw new FactmarkError(error.code, error.message, {
        location: { ...error.location, file: path },
        ...(error.issues ? { issues: error.issues } : {}),
        cause: error,
      });
    }
    throw error;
  }
}
