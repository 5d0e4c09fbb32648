// The address of whoever sent the request being handled, as the production server's request
// guard (lib/request-guard.ts) read it from the socket, for code that never sees the socket.
import { AsyncLocalStorage } from "node:async_hooks";

// Why not a request header: Next.js hands route handlers and server actions the request's
// headers and nothing of its socket, but a header is something a client can send too, so every
// reader would depend on the guard having overwritten it, and a server the guard does not wrap
// would pass a forged one on. The async context of the request cannot be written from outside:
// the guard opens it around Next.js's handling of each request and whatever runs for that request
// (the route, the action, their awaits) reads it; outside it there is simply no address.
// The storage lives on globalThis because instrumentation, routes and actions are separate
// bundles, each with its own copy of this module.
const STORAGE = Symbol.for("tech-career-media.client-address");
type GlobalWithStorage = typeof globalThis & { [STORAGE]?: AsyncLocalStorage<string> };

function storage(): AsyncLocalStorage<string> {
  const holder: GlobalWithStorage = globalThis;
  holder[STORAGE] ??= new AsyncLocalStorage<string>();
  return holder[STORAGE];
}

/** Runs `handle` (and everything it starts) as the handling of a request from `address`. */
export function runWithClientAddress<T>(address: string, handle: () => T): T {
  return storage().run(address, handle);
}

/**
 * The sender of the request being handled, or undefined where no request guard saw it: in
 * `next dev` (the guard is production-only) and outside a request.
 */
export function currentClientAddress(): string | undefined {
  return storage().getStore();
}
