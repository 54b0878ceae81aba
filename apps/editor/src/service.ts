import { Registry, type RegistryData } from "@factmark/core";

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
  // The first fetch matches the page's <link rel="preload"> (same mode, no extra headers), so the
  // registry downloads while the editor's script loads; the service marks it no-cache, so the
  // browser revalidates it. Later fetches ask with the version they hold.
  const response = await fetch(new URL("/v1/registry", base), etag ? { headers: { "if-none-match": etag }, cache: "no-cache" } : {});
  if (response.status === 304) return undefined;
  if (!response.ok) throw new Error(`GET /v1/registry answered ${response.status} ${response.statusText}; expected 200 with the registry as JSON`);
  return { registry: readServiceRegistry(await response.text()), etag: response.headers.get("etag") ?? undefined };
}

/**
 * Builds the registry the service sent. The service validates every record it accepts and sends
 * its registry as core's `toData()` writes it, so it is loaded as trusted data: parsing seven
 * thousand claims with the schema again would hold up the first findings by seconds. What is
 * checked is the shape a registry must have: a JSON object with arrays of sources and claims;
 * anything else throws an error naming what was received.
 */
export function readServiceRegistry(text: string): Registry {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`/v1/registry is not JSON (${(error as Error).message}); expected the registry as a JSON object with "sources" and "claims" arrays`);
  }
  const data = value as Partial<RegistryData> | null;
  if (typeof data !== "object" || data === null || Array.isArray(data) || !Array.isArray(data.sources) || !Array.isArray(data.claims)) {
    const received = Array.isArray(value) ? "an array" : value === null ? "null" : typeof value !== "object" ? typeof value : `an object with keys ${Object.keys(value as object).slice(0, 5).join(", ") || "none"}`;
    throw new Error(`/v1/registry sent ${received}; expected the registry as a JSON object with "sources" and "claims" arrays, for example {"version":1,"sources":[],"claims":[]}`);
  }
  return Registry.from(data as RegistryData, { trusted: true });
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
