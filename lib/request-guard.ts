// Refuses malformed paths and methods an address does not accept, before Next.js handles them,
// and tells the rest of the request's handling who sent it.
import http from "node:http";
import { runWithClientAddress } from "./client-address";
import { getConfig } from "./config";
import { allowHeader, isMethodAllowed, METHOD_NOT_ALLOWED_MESSAGE, UNREPRESENTABLE_METHODS } from "./http-methods";
import { clientAddress } from "./inquiries/rate-limit";
import type { HeaderList } from "./security-headers";

export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function plainText(status: number, body: string, headers: Record<string, string> = {}): Refusal {
  return { status, body, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers } };
}

/** Longer paths are not ours: no slug, tag or page address comes near this. */
const MAX_PATH_LENGTH = 2048;

// Control characters never appear in our addresses; Next.js tries to cache a page under such a
// name and fails.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/**
 * A path no page can have: too long (414), or broken percent-encoding or control characters
 * (404), which would otherwise reach the router and come back as a 500.
 */
function pathRefusal(pathname: string): Refusal | null {
  if (pathname.length > MAX_PATH_LENGTH) return plainText(414, "URL が長すぎます");
  return isWellFormedPath(pathname) ? null : plainText(404, "ページが見つかりません（URL の形式が正しくありません）");
}

function isWellFormedPath(pathname: string): boolean {
  try {
    return !CONTROL_CHARACTERS.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

/**
 * What to answer instead of Next.js, or null to let it handle the request. Next.js alone answers a
 * static page's unexpected method with 405 but renders any generated page (an article) for
 * DELETE or POST, answers 500 for a non-GET on /_next/static and for TRACE (see
 * UNREPRESENTABLE_METHODS) and for `OPTIONS *`, and follows an absolute request target
 * (`GET http://other.example/`) with a redirect to that host.
 */
export function refusal(method: string, target: string): Refusal | null {
  if (!target.startsWith("/")) {
    return target === "*" && method === "OPTIONS"
      ? plainText(204, "", { allow: "GET, HEAD, POST, OPTIONS" })
      : plainText(400, "リクエストの形式が正しくありません");
  }
  const pathname = target.split("?", 1)[0] ?? "/";
  const badPath = pathRefusal(pathname);
  if (badPath) return badPath;
  if (!UNREPRESENTABLE_METHODS.has(method) && isMethodAllowed(method, pathname)) return null;
  const allow = allowHeader(pathname);
  if (method === "OPTIONS") return plainText(204, "", { allow });
  return plainText(405, METHOD_NOT_ALLOWED_MESSAGE, { allow });
}

const INSTALLED = Symbol.for("tech-career-media.request-guard");

/**
 * Answers a request in place of Next.js (with the security headers to send). For the few requests
 * every reader makes whose handling is cheap next to Next.js's own cost per request: the guard
 * calls it, by method and path, inside the request's client-address context.
 */
export type DirectAnswer = (
  request: http.IncomingMessage,
  response: http.ServerResponse,
  extraHeaders: HeaderList,
) => Promise<void>;

/**
 * An answer of 400 or more is never stored by a browser or a CDN. Pages the build did not write
 * are rendered on request, and Next.js sends the 404 of a made-up address with the cache header of
 * a static page: a CDN would keep that 404 for a year, even once an article of that name exists.
 * Node.js writes implicit headers through writeHead too, so this sees every answer.
 */
function neverCacheFailures(response: http.ServerResponse): void {
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadUncachedOnFailure(this: http.ServerResponse, ...args: unknown[]) {
    const [statusCode] = args;
    if (typeof statusCode === "number" && statusCode >= 400) {
      this.setHeader("cache-control", "no-store");
      // Headers given here would win over the one just set.
      for (const headers of args.slice(1)) {
        if (headers && typeof headers === "object" && !Array.isArray(headers)) {
          for (const name of Object.keys(headers)) if (name.toLowerCase() === "cache-control") delete (headers as Record<string, unknown>)[name];
        }
      }
    }
    return Reflect.apply(writeHead, this, args) as http.ServerResponse;
  } as typeof response.writeHead;
}

/**
 * A redirect that Next.js renders on request (a page calling permanentRedirect, like another
 * spelling of a tag or the name of a category that has a slug) leaves with its Location header
 * twice. Browsers forgive identical copies; other clients do not: Node's fetch joined them into
 * "/categories/web3, /categories/web3" and followed that. One copy is sent.
 */
function oneLocation(response: http.ServerResponse): void {
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadWithOneLocation(this: http.ServerResponse, ...args: unknown[]) {
    const location = this.getHeader("location");
    if (Array.isArray(location) && location.length > 1) this.setHeader("location", String(location[0]));
    return Reflect.apply(writeHead, this, args) as http.ServerResponse;
  } as typeof response.writeHead;
}

/**
 * Answers refused requests on every HTTP server of this process before its own listeners see
 * them. This sits below Next.js because a proxy (proxy.ts) never sees TRACE (it fails while
 * Next.js builds the proxy's Request) nor /_next/static, and because running the proxy on every
 * page request cost about 30% of the server's throughput for checks that are string tests here.
 * `extraHeaders` are the security headers the rest of the site sends.
 *
 * It is also the only place that sees the socket, so it works out the sender here (the socket's
 * address, or the entry the nearest of `proxyHops` trusted proxies wrote into X-Forwarded-For)
 * and runs the request's handling with it: see lib/client-address.ts. `directAnswers`, keyed by
 * "METHOD /path", answer their requests here instead of Next.js.
 */
export function installRequestGuard(
  extraHeaders: HeaderList,
  proxyHops: number = getConfig().inquiries.proxyHops,
  directAnswers: ReadonlyMap<string, DirectAnswer> = new Map(),
): void {
  const prototype: http.Server & { [INSTALLED]?: boolean } = http.Server.prototype;
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const emit = prototype.emit;
  prototype.emit = function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const [request, response] = args;
    if (event === "request" && request instanceof http.IncomingMessage && response instanceof http.ServerResponse) {
      const answer = refusal(request.method ?? "GET", request.url ?? "/");
      if (answer) {
        for (const { key, value } of extraHeaders) response.setHeader(key, value);
        response.writeHead(answer.status, answer.headers);
        response.end(request.method === "HEAD" || answer.status === 204 ? undefined : answer.body);
        return true;
      }
      neverCacheFailures(response);
      oneLocation(response);
      const forwardedFor = request.headers["x-forwarded-for"];
      const sender = clientAddress(request.socket.remoteAddress, forwardedFor, proxyHops);
      const direct = directAnswers.get(`${request.method ?? "GET"} ${(request.url ?? "/").split("?", 1)[0]}`);
      if (direct) {
        runWithClientAddress(sender, () => void direct(request, response, extraHeaders));
        return true;
      }
      return runWithClientAddress(sender, () => Reflect.apply(emit, this, [event, ...args]));
    }
    return Reflect.apply(emit, this, [event, ...args]);
  };
}
