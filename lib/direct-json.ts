// A JSON answer written straight to Node's response, for the answers the request guard gives in
// place of Next.js (lib/request-guard.ts: direct answers), with the headers the site sends.
import type http from "node:http";
import type { HeaderList } from "./security-headers";

export function sendJson(
  response: http.ServerResponse,
  extraHeaders: HeaderList,
  answer: { status: number; body: unknown; cacheControl: string },
  headOnly = false,
): void {
  for (const { key, value } of extraHeaders) response.setHeader(key, value);
  const text = JSON.stringify(answer.body);
  response.writeHead(answer.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "cache-control": answer.cacheControl,
  });
  response.end(headOnly ? undefined : text);
}

/** One JSON line for the log, as instrumentation writes server errors; nothing of it reaches the reader. */
export function logDirectFailure(error: unknown, method: string, path: string): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), message, method, path }));
}
