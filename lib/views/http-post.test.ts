import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import type { LimitedBody } from "../body-limit";
import { capturingErrors } from "../testing/console";
import { answerViewPostOverHttp } from "./http-post";
import { answerViewPost } from "./post";
import { createRepeatFilter } from "./filters";
import type { ViewStore } from "./types";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SECURITY = [{ key: "X-Content-Type-Options", value: "nosniff" }];

describe("POST /api/views on the server's own HTTP server", () => {
  const recorded: string[] = [];
  let failNext = false;
  const store: ViewStore = {
    recordView: async (slug) => void recorded.push(slug),
    countViews: async () => [],
    close: async () => {},
  };
  const filter = createRepeatFilter({ windowMs: 60_000 });
  const answer = (headers: Headers, body: LimitedBody) => {
    if (failNext) {
      failNext = false;
      throw new Error("content folder unreadable at /srv/site/content");
    }
    return answerViewPost(headers, body, () => ({ store, filter, clientAddress: "192.0.2.1", publishedSlug: (slug) => (slug === "known" ? "known" : undefined) }));
  };
  let server: http.Server;
  let port = 0;

  before(async () => {
    server = http.createServer((request, response) => void answerViewPostOverHttp(request, response, SECURITY, answer));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function post(body: string | string[], headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; json: Record<string, unknown> }> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        { host: "127.0.0.1", port, method: "POST", path: "/api/views", headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": CHROME, ...headers } },
        (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (text += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, json: JSON.parse(text) as Record<string, unknown> }));
        },
      );
      request.on("error", reject);
      // Several writes without a Content-Length: a chunked body, as a client may send one.
      for (const part of Array.isArray(body) ? body : [body]) request.write(part);
      request.end();
    });
  }

  test("counts a view and answers JSON that no cache keeps, with the site's security headers", async () => {
    const answer = await post("slug=known", { "content-length": "10" });
    assert.equal(answer.status, 202);
    assert.deepEqual(answer.json, { counted: true });
    assert.equal(answer.headers["content-type"], "application/json");
    assert.equal(answer.headers["cache-control"], "no-store");
    assert.equal(answer.headers["x-content-type-options"], "nosniff");
    assert.deepEqual(recorded, ["known"]);
    assert.deepEqual((await post("slug=known")).json, { counted: false, reason: "repeat" });
  });

  test("refuses a body over 2 KB, declared or sent in chunks, keeping none of it", async () => {
    const declared = `slug=known&x=${"a".repeat(4096)}`;
    assert.equal((await post(declared, { "content-length": String(declared.length) })).status, 413);
    const chunked = await post(Array.from({ length: 6 }, () => `x=${"a".repeat(500)}&`));
    assert.equal(chunked.status, 413);
    assert.equal(chunked.json.counted, false);
  });

  test("answers another site's page, a body without a slug and an unknown article as the route does", async () => {
    assert.equal((await post("slug=known", { origin: "https://elsewhere.example", host: `127.0.0.1:${port}` })).status, 403);
    assert.equal((await post("title=known")).status, 400);
    assert.equal((await post("slug=missing")).status, 404);
  });

  test("an unexpected failure is a 500 without any detail, and the server goes on", async () => {
    failNext = true;
    const { result: failed, lines } = await capturingErrors(() => post("slug=known"));
    assert.equal(failed.status, 500);
    assert.equal(JSON.stringify(failed.json).includes("/srv/site"), false);
    assert.match(lines[0] ?? "", /"path":"\/api\/views"/);
    assert.equal((await post("slug=missing")).status, 404);
  });
});
