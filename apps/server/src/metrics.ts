import { Counter, Gauge, Histogram, Registry } from "prom-client";

/** What the metrics read from the service when scraped. */
export interface MetricsSources {
  /** Checks waiting for a thread, and the threads. */
  pool: () => { queued: number; threads: number; timedOut: number; refused: number };
  /** The registry version this instance serves. */
  registryVersion: () => number;
}

/**
 * The service's Prometheus metrics, in their own prom-client registry (so several services in one
 * process, as in the tests, keep theirs apart): requests by route and status, request and check
 * durations, the check pool's queue and threads, the registry version and the open event streams.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: "factmark_http_requests_total", help: "HTTP requests answered, by method, route and status.", labelNames: ["method", "route", "status"] as const, registers: [this.registry] });
  readonly requestDuration = new Histogram({
    name: "factmark_http_request_duration_seconds",
    help: "Time to answer an HTTP request (to the first byte of an event stream), by method and route.",
    labelNames: ["method", "route"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly checkDuration = new Histogram({
    name: "factmark_check_duration_seconds",
    help: "Time a check takes on the worker pool, waiting for a thread included, by outcome (ok, invalid, timeout, refused, failed).",
    labelNames: ["outcome"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly sseClients = new Gauge({ name: "factmark_sse_clients", help: "Open /v1/events streams.", registers: [this.registry] });

  constructor(sources: MetricsSources) {
    const registry = this.registry;
    new Gauge({ name: "factmark_check_pool_queue", help: "Checks waiting for a worker thread.", registers: [registry], collect() { this.set(sources.pool().queued); } });
    new Gauge({ name: "factmark_check_pool_threads", help: "Worker threads that check drafts.", registers: [registry], collect() { this.set(sources.pool().threads); } });
    new Gauge({ name: "factmark_check_pool_timeouts", help: "Checks ended at their deadline since the service started.", registers: [registry], collect() { this.set(sources.pool().timedOut); } });
    new Gauge({ name: "factmark_check_pool_refused", help: "Checks refused because the queue was full since the service started.", registers: [registry], collect() { this.set(sources.pool().refused); } });
    new Gauge({ name: "factmark_registry_version", help: "The registry version this instance serves.", registers: [registry], collect() { this.set(sources.registryVersion()); } });
  }

  /** The metrics in the Prometheus text format, and its content type. */
  async scrape(): Promise<{ text: string; contentType: string }> {
    return { text: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}
