import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { capturingErrors } from "../testing/console";
import { answerRankingOverHttp } from "./http-ranking";
import { answerRankingQuery } from "./ranking-query";
import type { RankingPeriod } from "./periods";

const SECURITY = [{ key: "X-Content-Type-Options", value: "nosniff" }];

describe("GET /api/ranking on the server's own HTTP server", () => {
  const asked: [RankingPeriod, number][] = [];
  let failNext = false;
  const ranking = async (period: RankingPeriod, limit: number) => {
    if (failNext) {
      failNext = false;
      throw new Error("views.sqlite unreadable at /srv/data");
    }
    asked.push([period, limit]);
    return { period, fallback: false, items: [{ slug: "known", title: "記事", path: "/articles/known", views: 3 }] };
  };
  let server: http.Server;
  let port = 0;

  before(async () => {
    server = http.createServer((request, response) => void answerRankingOverHttp(request, response, SECURITY, (params) => answerRankingQuery(params, ranking)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function get(path: string, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
    return new Promise((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, method, path }, (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
      });
      request.on("error", reject);
      request.end();
    });
  }

  test("answers the ranking of the period asked for, cacheable for a minute, with the site's headers", async () => {
    const answer = await get("/api/ranking?period=24h&limit=3");
    assert.equal(answer.status, 200);
    assert.deepEqual(JSON.parse(answer.text), { period: "24h", fallback: false, items: [{ slug: "known", title: "記事", path: "/articles/known", views: 3 }] });
    assert.equal(answer.headers["content-type"], "application/json");
    assert.equal(answer.headers["cache-control"], "public, max-age=60, s-maxage=60");
    assert.equal(answer.headers["x-content-type-options"], "nosniff");
    assert.equal(Number(answer.headers["content-length"]), Buffer.byteLength(answer.text));
    assert.deepEqual(asked.at(-1), ["24h", 3]);
  });

  test("without a query: the 7 days' top five; HEAD has the headers and no body", async () => {
    assert.equal((await get("/api/ranking")).status, 200);
    assert.deepEqual(asked.at(-1), ["7d", 5]);
    const head = await get("/api/ranking", "HEAD");
    assert.equal(head.status, 200);
    assert.equal(head.text, "");
    assert.ok(Number(head.headers["content-length"]) > 0);
  });

  test("a period or limit it does not take is a 400 that no cache keeps", async () => {
    for (const query of ["period=30d", "limit=0", "limit=11", "limit=2.5", "limit=abc", "period="]) {
      const answer = await get(`/api/ranking?${query}`);
      assert.equal(answer.status, 400, query);
      assert.equal(answer.headers["cache-control"], "no-store", query);
      assert.match((JSON.parse(answer.text) as { error: string }).error, /period|limit/, query);
    }
  });

  test("an unexpected failure is a 500 without any detail, and the server goes on", async () => {
    failNext = true;
    const { result: failed, lines } = await capturingErrors(() => get("/api/ranking"));
    assert.equal(failed.status, 500);
    assert.equal(failed.text.includes("/srv/data"), false);
    assert.match(lines[0] ?? "", /"path":"\/api\/ranking"/);
    assert.equal((await get("/api/ranking")).status, 200);
  });
});
