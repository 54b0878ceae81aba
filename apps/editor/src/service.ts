import { Registry, parseRegistryJSON } from "@factmark/core";

/** A registry fetched from the newsroom service, with the version its `ETag` names. */
export interface ServiceRegistry {
  registry: Registry;
  etag: string | undefined;
}

/** The `data` of a `registry` event on `/v1/events`. */
export interface RegistryEvent {
  version: number;
  claims: string[];
}

/**
 * Whether the page was served by the newsroom service: `GET /healthz` answers 200 with JSON
 * `{ "ok": true }`. A static server that answers every path with index.html, a network error or
 * a timeout all mean no service.
 */
export async function detectService(base: string, timeoutMs = 2000): Promise<boolean> {
  try {
    const response = await fetch(new URL("/healthz", base), { signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/json" } });
    if (!response.ok || !(response.headers.get("content-type") ?? "").includes("json")) return false;
    const body = (await response.json()) as unknown;
    return typeof body === "object" && body !== null && (body as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

/**
 * Fetches `GET /v1/registry`, sending `If-None-Match` when `etag` is given. Resolves to
 * undefined on 304 (the registry has not changed). Throws an error naming the status, or the
 * registry problem with its path, when the service answers with something else.
 */
export async function fetchServiceRegistry(base: string, etag?: string): Promise<ServiceRegistry | undefined> {
  const response = await fetch(new URL("/v1/registry", base), {
    headers: { accept: "application/json", ...(etag ? { "if-none-match": etag } : {}) },
    cache: "no-cache",
  });
  if (response.status === 304) return undefined;
  if (!response.ok) throw new Error(`GET /v1/registry answered ${response.status} ${response.statusText}; expected 200 with the registry as JSON`);
  const data = parseRegistryJSON(await response.text(), { file: "/v1/registry" });
  return { registry: Registry.from(data, { trusted: true }), etag: response.headers.get("etag") ?? undefined };
}

/** Reads the `data` of a `registry` event; undefined when it is not `{ version, claims }`. */
export function parseRegistryEvent(data: string): RegistryEvent | undefined {
  try {
    const value = JSON.parse(data) as Partial<RegistryEvent>;
    if (typeof value.version !== "number" || !Array.isArray(value.claims)) return undefined;
    return { version: value.version, claims: value.claims.filter((id): id is string => typeof id === "string") };
  } catch {
    return undefined;
  }
}

/**
 * Listens to `GET /v1/events` and calls `onRegistry` for each `registry` event, `onStatus` when
 * the connection opens or drops (EventSource reconnects by itself). Returns a function that
 * closes the stream.
 */
export function subscribeRegistryEvents(
  base: string,
  onRegistry: (event: RegistryEvent) => void,
  onStatus: (connected: boolean) => void,
): () => void {
  const source = new EventSource(new URL("/v1/events", base));
  source.addEventListener("registry", (message) => {
    const event = parseRegistryEvent((message as MessageEvent<string>).data);
    if (event) onRegistry(event);
  });
  source.addEventListener("open", () => onStatus(true));
  source.addEventListener("error", () => onStatus(false));
  return () => source.close();
}
