import { type ServerType, serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { type Service, openService } from "./app.js";
import type { ServerConfig } from "./config.js";

/** A listening service: its URL and how to stop it. */
export interface RunningServer {
  url: string;
  service: Service;
  server: ServerType;
  close(): Promise<void>;
}

/**
 * Opens the service and listens on `config.host:config.port` (port 0 picks a free one). Node's
 * own request timeout bounds how long a client may take to send its request (a slow body is
 * answered 408); the app's timeout bounds the answer.
 *
 * @example
 * const running = await startServer(loadConfig());
 * console.log(running.url); // http://127.0.0.1:8787
 */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const service = await openService(config);
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve(
      {
        fetch: service.app.fetch,
        hostname: config.host,
        port: config.port,
        serverOptions: {
          requestTimeout: config.requestTimeoutMs,
          headersTimeout: Math.min(config.requestTimeoutMs, 60_000),
          // Node checks the timeouts above on this interval (30 s by default), too coarse for short limits.
          connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(config.requestTimeoutMs / 4))),
        },
      },
      () => resolve(s),
    );
    s.once("error", reject);
  }).catch(async (error: NodeJS.ErrnoException) => {
    await service.close();
    if (error.code === "EADDRINUSE") throw new Error(`port ${config.port} on ${config.host} is in use; set PORT to a free port, for example PORT=8788`, { cause: error });
    throw error;
  });
  const address = (server as Server).address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    service,
    server,
    close: async () => {
      await new Promise<void>((resolve) => {
        (server as Server).close(() => resolve());
        // Event streams never end by themselves: close their connections too.
        (server as Server).closeAllConnections?.();
      });
      await service.close();
    },
  };
}
