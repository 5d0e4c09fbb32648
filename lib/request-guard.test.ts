import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { currentClientAddress } from "./client-address";
import { installRequestGuard, refusal } from "./request-guard";

describe("refusal", () => {
  test("lets allowed methods through", () => {
    assert.equal(refusal("GET", "/articles/foo?x=1"), null);
    assert.equal(refusal("HEAD", "/_next/static/chunks/a.js"), null);
    assert.equal(refusal("POST", "/contact/career"), null);
    assert.equal(refusal("POST", "/api/inquiries"), null);
  });

  test("answers other methods with 405 and the allowed ones", () => {
    const answer = refusal("DELETE", "/articles/foo");
    assert.equal(answer?.status, 405);
    assert.equal(answer?.headers.allow, "GET, HEAD, OPTIONS");
    assert.equal(refusal("POST", "/_next/static/chunks/a.js")?.status, 405);
    assert.equal(refusal("GET", "/api/inquiries")?.headers.allow, "POST, OPTIONS");
  });

  test("refuses TRACE even where everything else is allowed", () => {
    assert.equal(refusal("TRACE", "/contact/career")?.status, 405);
  });

  test("answers OPTIONS with 204 and the allowed methods", () => {
    const answer = refusal("OPTIONS", "/contact/career?x");
    assert.equal(answer?.status, 204);
    assert.equal(answer?.headers.allow, "GET, HEAD, POST, OPTIONS");
    assert.equal(refusal("OPTIONS", "*")?.status, 204);
  });

  test("answers a path no page can have with 404 or 414, whatever the method", () => {
    assert.equal(refusal("GET", "/articles/%E3%81")?.status, 404);
    assert.equal(refusal("GET", "/tags/%ZZ?q=1")?.status, 404);
    assert.equal(refusal("GET", "/tags/%00")?.status, 404);
    assert.equal(refusal("GET", "/tags/a%0Ab")?.status, 404);
    assert.equal(refusal("GET", `/${"a".repeat(3000)}`)?.status, 414);
    assert.equal(refusal("GET", `/articles/x?q=${"a".repeat(3000)}`), null);
    assert.equal(refusal("GET", "/tags/AI%2FML"), null);
    assert.equal(refusal("GET", "/tags/%E7%94%9F%E6%88%90AI"), null);
    assert.equal(refusal("POST", "/tags/%ZZ")?.status, 404);
  });

  test("refuses a request target that is not a path", () => {
    assert.equal(refusal("GET", "http://other.example/")?.status, 400);
    assert.equal(refusal("GET", "*")?.status, 400);
  });
});

describe("installRequestGuard", () => {
  let server: http.Server;
  let port = 0;

  before(async () => {
    // No proxy in front, as the site runs by default.
    // A direct answer, as the production server's view posts have: it replaces the listener.
    const direct = new Map([
      [
        "POST /api/views",
        async (_request: http.IncomingMessage, response: http.ServerResponse, extraHeaders: readonly { key: string; value: string }[]) => {
          await sleep(10);
          for (const { key, value } of extraHeaders) response.setHeader(key, value);
          response.end(`direct from ${currentClientAddress() ?? "none"}`);
        },
      ],
    ]);
    installRequestGuard([{ key: "X-Content-Type-Options", value: "nosniff" }], 0, direct);
    installRequestGuard([{ key: "X-Twice", value: "1" }], 1);
    server = http.createServer((request, response) => {
      // Like Next.js's 404 of an address rendered on request: a static page's cache header.
      if (request.url === "/articles/made-up") {
        response.statusCode = 404;
        response.setHeader("cache-control", "s-maxage=31536000");
        return response.end("missing");
      }
      // Like Next.js's redirect rendered on request: the Location header twice.
      if (request.url === "/tags/ai") {
        response.statusCode = 308;
        response.setHeader("location", ["/tags/AI", "/tags/AI"]);
        return response.end();
      }
      if (request.url === "/articles/gone") {
        response.writeHead(410, { "Cache-Control": "public, max-age=60" });
        return response.end("gone");
      }
      if (request.url !== "/contact/career") {
        response.setHeader("cache-control", "s-maxage=31536000");
        return response.end("handled");
      }
      // Like a route handler or a server action: reads the sender after reading the body.
      void (async () => {
        for await (const chunk of request) void chunk;
        await sleep(10);
        response.end(currentClientAddress() ?? "none");
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });

  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function send(
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body = "",
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; rawHeaders: string[]; body: string }> {
    return new Promise((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, method, path, headers }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, rawHeaders: response.rawHeaders, body }));
      });
      request.on("error", reject);
      request.end(body);
    });
  }

  test("answers refused requests before the server's own listener, once installed", async () => {
    const trace = await send("TRACE", "/");
    assert.equal(trace.status, 405);
    assert.equal(trace.headers.allow, "GET, HEAD, OPTIONS");
    assert.equal(trace.headers["x-content-type-options"], "nosniff");
    assert.equal(trace.headers["x-twice"], undefined);
    assert.notEqual(trace.body, "handled");
  });

  test("passes allowed requests to the listener", async () => {
    const get = await send("GET", "/articles/foo");
    assert.equal(get.status, 200);
    assert.equal(get.body, "handled");
  });

  test("no failure is cached, however the handler set its headers; pages keep theirs", async () => {
    const missing = await send("GET", "/articles/made-up");
    assert.equal(missing.status, 404);
    assert.equal(missing.headers["cache-control"], "no-store");
    const gone = await send("GET", "/articles/gone");
    assert.equal(gone.status, 410);
    assert.equal(gone.headers["cache-control"], "no-store");
    assert.equal((await send("GET", "/articles/foo")).headers["cache-control"], "s-maxage=31536000");
  });

  test("a redirect leaves with one Location header", async () => {
    const redirect = await send("GET", "/tags/ai");
    assert.equal(redirect.status, 308);
    const locations = redirect.rawHeaders.filter((_, index) => index % 2 === 0 && redirect.rawHeaders[index]?.toLowerCase() === "location");
    assert.equal(locations.length, 1);
    assert.equal(redirect.headers.location, "/tags/AI");
  });

  test("tells the handling of a request who sent it: the socket, not what the client wrote", async () => {
    const answer = await send("POST", "/contact/career", { "x-forwarded-for": "198.51.100.1, 203.0.113.7" }, "name=a");
    assert.equal(answer.status, 200);
    assert.equal(answer.body, "127.0.0.1");
    assert.equal(currentClientAddress(), undefined, "outside a request there is no sender");
  });

  test("answers a request with a direct answer by method and path, query aside, with the sender known", async () => {
    const answer = await send("POST", "/api/views?from=beacon", { "x-forwarded-for": "203.0.113.7" }, "slug=a");
    assert.equal(answer.body, "direct from 127.0.0.1");
    assert.equal(answer.headers["x-content-type-options"], "nosniff");
    // Refusals come first; another path still goes to the server's own listener.
    assert.equal((await send("GET", "/api/views")).status, 405);
    assert.equal((await send("POST", "/contact/career", {}, "name=a")).body, "127.0.0.1");
  });
});
