// What an operator checks on the production server: security and cache headers, answers to
// hostile or malformed requests (4xx, never 5xx, never a stack trace), and the health check.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { CONTENT } from "./fixtures/cases";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "server behaviour, the same for every device: checked once");
});

const ARTICLE = CONTENT.jekyllPost.path;
const MISSING = "/articles/does-not-exist";
const READ_ONLY_ALLOW = "GET, HEAD, OPTIONS";
/** What a leaked stack trace or internal path looks like in a response body. */
const STACK_TRACE = /\n\s+at \S|node_modules|\.next\/server|webpack-internal|TypeError|ReferenceError/;

/** One hashed asset of the home page (a script or style sheet under /_next/static). */
async function staticAsset(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/")).text();
  const match = /\/_next\/static\/[\w./-]+\.(?:js|css)/.exec(html);
  expect(match, "the home page links a hashed asset").not.toBeNull();
  return match?.[0] ?? "";
}

function cspDirectives(response: APIResponse): Map<string, string[]> {
  const policy = response.headers()["content-security-policy"] ?? "";
  return new Map(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

function expectSecurityHeaders(response: APIResponse, label: string): void {
  const headers = response.headers();
  const csp = cspDirectives(response);
  expect(csp.size, `${label}: Content-Security-Policy`).toBeGreaterThan(0);
  // Only the site's own scripts (and its inline data scripts): no host, scheme or wildcard.
  const scriptSources = csp.get("script-src") ?? csp.get("default-src") ?? [];
  expect(scriptSources, `${label}: script-src`).toContain("'self'");
  for (const source of scriptSources) {
    expect(["'self'", "'unsafe-inline'"], `${label}: script-src ${source}`).toContain(source);
  }
  expect(csp.get("frame-ancestors"), `${label}: frame-ancestors`).toEqual(["'none'"]);
  expect(csp.get("object-src"), `${label}: object-src`).toEqual(["'none'"]);
  // HTTPS-only rules come together, and only on an HTTPS site (see lib/security-headers.ts).
  expect(csp.has("upgrade-insecure-requests"), `${label}: upgrade-insecure-requests only with HSTS`).toBe(
    "strict-transport-security" in headers,
  );
  expect(headers["x-content-type-options"], `${label}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["referrer-policy"], `${label}: Referrer-Policy`).toMatch(
    /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  );
  expect(headers["x-frame-options"], `${label}: X-Frame-Options`).toBe("DENY");
  expect(headers["permissions-policy"], `${label}: Permissions-Policy`).toMatch(/camera=\(\)/);
  expect(headers["x-powered-by"], `${label}: X-Powered-By`).toBeUndefined();
}

test.describe("security headers", () => {
  test("on pages, the 404 page, API routes and hashed assets", async ({ request }) => {
    const asset = await staticAsset(request);
    const targets: [string, number][] = [
      ["/", 200],
      [ARTICLE, 200],
      ["/api/health", 200],
      ["/api/search?q=AI", 200],
      [MISSING, 404],
      [asset, 200],
    ];
    for (const [url, status] of targets) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(status);
      expectSecurityHeaders(response, url);
    }
  });

  test("also on the answers to refused requests", async ({ request }) => {
    for (const [method, url] of [
      ["DELETE", ARTICLE],
      ["TRACE", "/"],
      ["GET", "/articles/%E3%81"],
    ] as const) {
      expectSecurityHeaders(await request.fetch(url, { method }), `${method} ${url}`);
    }
  });
});

test.describe("cache headers", () => {
  test("prerendered pages are cacheable by a CDN, and revalidated by nobody but a deploy", async ({ request }) => {
    for (const url of [ARTICLE, "/page/2"]) {
      const response = await request.get(url);
      const cacheControl = response.headers()["cache-control"] ?? "";
      // Next.js 16 sends `s-maxage=31536000` for pages without revalidation: shared caches keep
      // them until the next deploy purges them, browsers revalidate (no max-age) with the ETag.
      expect(cacheControl, url).toMatch(/(^|,\s*)s-maxage=31536000(,|$)/);
      expect(cacheControl, url).not.toMatch(/no-store|private|no-cache/);
      expect(response.headers()["etag"], `${url}: ETag`).toBeTruthy();
    }
  });

  test("the front page is regenerated every five minutes, so 人気記事 follows reading; CDNs may serve it stale meanwhile", async ({ request }) => {
    const response = await request.get("/");
    const cacheControl = response.headers()["cache-control"] ?? "";
    expect(cacheControl).toMatch(/(^|,\s*)s-maxage=300(,|$)/);
    expect(cacheControl).toMatch(/stale-while-revalidate/);
    expect(cacheControl).not.toMatch(/no-store|private|no-cache/);
  });

  test("hashed assets are immutable for a year", async ({ request }) => {
    const response = await request.get(await staticAsset(request));
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  test("404 pages, the health check and refusals are not cached", async ({ request }) => {
    for (const [method, url] of [
      ["GET", MISSING],
      ["GET", "/api/health"],
      ["DELETE", ARTICLE],
    ] as const) {
      const cacheControl = (await request.fetch(url, { method })).headers()["cache-control"] ?? "";
      expect(cacheControl, `${method} ${url}`).toMatch(/no-store/);
    }
  });

  test("search results are cached briefly", async ({ request }) => {
    const response = await request.get("/api/search?q=AI");
    expect(response.headers()["cache-control"]).toBe("public, max-age=60");
  });
});

/** A 4xx (the expected one), never a 5xx, and nothing of the server's insides in the body. */
async function expectRefused(response: APIResponse, status: number, label: string): Promise<void> {
  expect(response.status(), label).toBe(status);
  expect(await response.text(), `${label}: body`).not.toMatch(STACK_TRACE);
}

test.describe("hostile and malformed requests", () => {
  test("broken percent-encoding, control characters and traversal answer 404", async ({ request }) => {
    for (const url of [
      "/articles/%E3%81",
      "/tags/%ZZ",
      "/tags/%00",
      "/authors/a%0Ab",
      "/articles/..%2F..%2Fetc%2Fpasswd",
      "/tags/AI/..%2F..%2F..%2Fpackage.json",
      "/_next/static/..%2F..%2Fpackage.json",
    ]) {
      const response = await request.get(url, { maxRedirects: 0 });
      await expectRefused(response, 404, url);
      const body = await response.text();
      expect(body, url).not.toContain("root:");
      expect(body, url).not.toContain('"dependencies"');
    }
  });

  test("a 5,000-character path answers 414", async ({ request }) => {
    await expectRefused(await request.get(`/articles/${"a".repeat(5000)}`), 414, "long path");
  });

  test("a huge query string answers 431, a long one is served", async ({ request }) => {
    await expectRefused(await request.get(`/?q=${"x".repeat(20_000)}`), 431, "20,000-character query");
    expect((await request.get(`${ARTICLE}?${"utm=1&".repeat(1000)}`)).status()).toBe(200);
  });

  test("unexpected methods on pages answer 405 with Allow", async ({ request }) => {
    const asset = await staticAsset(request);
    for (const url of ["/", ARTICLE, MISSING, "/feed.xml", asset]) {
      for (const method of ["DELETE", "PUT", "PATCH", "POST", "TRACE", "PROPFIND"]) {
        const response = await request.fetch(url, { method, maxRedirects: 0 });
        await expectRefused(response, 405, `${method} ${url}`);
        expect(response.headers()["allow"], `${method} ${url}`).toBe(READ_ONLY_ALLOW);
      }
    }
  });

  test("OPTIONS lists the allowed methods", async ({ request }) => {
    for (const [url, allow] of [
      ["/", READ_ONLY_ALLOW],
      [ARTICLE, READ_ONLY_ALLOW],
      ["/contact/career", "GET, HEAD, POST, OPTIONS"],
      ["/api/inquiries", "POST, OPTIONS"],
    ] as const) {
      const response = await request.fetch(url, { method: "OPTIONS" });
      expect(response.status(), url).toBe(204);
      expect(response.headers()["allow"], url).toBe(allow);
    }
  });

  test("API routes refuse other methods with 405 and Allow", async ({ request }) => {
    for (const [method, url, allow] of [
      ["POST", "/api/search?q=AI", READ_ONLY_ALLOW],
      ["DELETE", "/api/health", READ_ONLY_ALLOW],
      ["GET", "/api/inquiries", "POST, OPTIONS"],
    ] as const) {
      const response = await request.fetch(url, { method });
      await expectRefused(response, 405, `${method} ${url}`);
      expect(response.headers()["allow"], `${method} ${url}`).toBe(allow);
    }
  });

  test("a malformed form posted to an inquiry page answers 400", async ({ request }) => {
    const response = await request.post("/contact/career", {
      headers: { "content-type": "multipart/form-data; boundary=xx" },
      data: "--xx\r\ngarbage",
    });
    await expectRefused(response, 400, "broken multipart");
  });

  test("/api/search answers odd queries with JSON, an over-long one and a bad page number with 400", async ({ request }) => {
    for (const query of ["q=%E3%81", "q=%00", "q=*(((((", "q=%F0%9F%92%A9", `q=${"あ".repeat(100)}`, "q[]=1&q=AI", "q=", "q=AI&page=2"]) {
      const response = await request.get(`/api/search?${query}`);
      expect(response.status(), query).toBe(200);
      expect(response.headers()["content-type"], query).toMatch(/^application\/json/);
      const body: unknown = await response.json();
      expect(body, query).toMatchObject({ total: expect.any(Number), results: expect.any(Array) });
    }
    const tooLong = await request.get(`/api/search?q=${"あ".repeat(1000)}`);
    expect(tooLong.status()).toBe(400);
    expect(await tooLong.json()).toMatchObject({ error: expect.stringContaining("100文字") });
    for (const page of ["-1", "abc", "1.5", "99999999999999999999"]) {
      await expectRefused(await request.get(`/api/search?q=AI&page=${page}`), 400, `page=${page}`);
    }
  });

  test("unknown tags answer 404 without leaving files behind on the server", async ({ request }) => {
    const name = `unknown-${Date.now()}`;
    for (const kind of ["tags", "categories", "authors"]) {
      await expectRefused(await request.get(`/${kind}/${name}`), 404, `/${kind}/${name}`);
    }
    const cacheDir = path.join(process.env.NEXT_DIST_DIR || ".next", "server");
    const written = fs.existsSync(cacheDir)
      ? fs.readdirSync(cacheDir, { recursive: true, encoding: "utf8" }).filter((file) => file.includes(name))
      : [];
    expect(written).toEqual([]);
  });
});

/** Sends bytes the HTTP clients would refuse to send, and returns the status line's code. */
async function rawStatus(baseURL: string, request: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseURL);
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let data = "";
    socket.setTimeout(10_000, () => socket.destroy(new Error("no answer within 10 s")));
    socket.on("data", (chunk) => (data += chunk.toString("utf8")));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
    socket.write(request);
  });
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
  return { status, body: answer.slice(answer.indexOf("\r\n\r\n") + 4) };
}

test.describe("requests no browser sends", () => {
  const close = "Connection: close\r\n\r\n";
  const cases: [string, string, number][] = [
    ["an absolute URL as the target (no redirect to another host)", `GET http://evil.example/ HTTP/1.1\r\nHost: 127.0.0.1\r\n${close}`, 400],
    ["OPTIONS *", `OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n${close}`, 204],
    ["a malformed Host header", `GET / HTTP/1.1\r\nHost: [::1\r\n${close}`, 200],
    ["a Host header with a path", `GET ${ARTICLE} HTTP/1.1\r\nHost: evil.example/../x\r\n${close}`, 200],
    ["no Host header", `GET / HTTP/1.1\r\n${close}`, 400],
    ["a control character in a header", `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Test: a\u0001b\r\n${close}`, 400],
    ["a 20 KB header", `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Test: ${"x".repeat(20_000)}\r\n${close}`, 431],
    ["a method Node.js does not know", `BREW / HTTP/1.1\r\nHost: 127.0.0.1\r\n${close}`, 400],
  ];
  for (const [label, raw, status] of cases) {
    test(label, async ({ baseURL }) => {
      const answer = await rawStatus(baseURL ?? "", raw);
      expect(answer.status, label).toBe(status);
      expect(answer.body, label).not.toMatch(STACK_TRACE);
    });
  }
});

/**
 * Posts `body` the way a streaming upload does: Transfer-Encoding: chunked, no Content-Length,
 * 64 KB at a time. A reset connection instead of an answer fails the test.
 */
async function postChunked(
  baseURL: string,
  target: string,
  contentType: string,
  body: Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: hostname,
        port: Number(port),
        method: "POST",
        path: target,
        agent: false,
        headers: { "content-type": contentType, "transfer-encoding": "chunked", ...headers },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.setTimeout(20_000, () => request.destroy(new Error("no answer within 20 s")));
    let offset = 0;
    const writeMore = () => {
      while (offset < body.length) {
        const chunk = body.subarray(offset, offset + 64 * 1024);
        offset += chunk.length;
        if (!request.write(chunk)) {
          request.once("drain", writeMore);
          return;
        }
      }
      request.end();
    };
    writeMore();
  });
}

const FORM_TYPE = "application/x-www-form-urlencoded";

/** A sender of its own (the shared server plays the proxy's side, INQUIRY_PROXY_HOPS=1). */
function senderHeader(): Record<string, string> {
  const bytes = randomBytes(3);
  return { "x-forwarded-for": `10.${bytes[0]}.${bytes[1]}.${bytes[2]}` };
}

/** The hidden fields React renders into the career form, which make a plain post reach its action. */
async function careerFormFields(request: APIRequestContext): Promise<FormData> {
  const html = await (await request.get("/contact/career")).text();
  const form = /<form noValidate[^>]*method="POST">([\s\S]*?)<\/form>/.exec(html)?.[1] ?? "";
  const decode = (text: string) =>
    text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const fields = new FormData();
  for (const [, name = "", value = ""] of form.matchAll(/<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?\/>/g)) {
    fields.append(decode(name), decode(value));
  }
  expect([...fields.keys()], "the form carries its action").toContain("$ACTION_KEY");
  return fields;
}

test.describe("request bodies", () => {
  const threeMegabytes = Buffer.from(`name=${"a".repeat(3 * 1024 * 1024)}`);

  test("3 MB is refused with 413 on an inquiry page and on the API, sent chunked or with a length", async ({ baseURL, request }) => {
    for (const target of ["/contact/career", "/api/inquiries"]) {
      const chunked = await postChunked(baseURL ?? "", target, FORM_TYPE, threeMegabytes, senderHeader());
      expect(chunked.status, `${target}, chunked`).toBe(413);
      expect(chunked.body, `${target}, chunked`).not.toMatch(STACK_TRACE);
      const withLength = await request.post(target, { headers: { "content-type": FORM_TYPE, ...senderHeader() }, data: threeMegabytes });
      await expectRefused(withLength, 413, `${target}, with Content-Length`);
    }
  });

  test("a small form sent chunked goes through, to the API and to an inquiry page's action", async ({ baseURL, request }) => {
    const id = randomBytes(6).toString("hex");
    const answers = { name: `チャンク ${id}`, currentRole: "エンジニア", wishes: "相談したい", consent: "yes" };
    const api = new URLSearchParams({ kind: "career", email: `chunked-api-${id}@example.com`, ...answers });
    const stored = await postChunked(baseURL ?? "", "/api/inquiries", FORM_TYPE, Buffer.from(api.toString()), senderHeader());
    expect(stored.status, stored.body).toBe(201);

    const fields = await careerFormFields(request);
    for (const [name, value] of Object.entries({ email: `chunked-form-${id}@example.com`, ...answers })) fields.append(name, value);
    const encoded = new Response(fields);
    const page = await postChunked(
      baseURL ?? "",
      "/contact/career",
      encoded.headers.get("content-type") ?? "",
      Buffer.from(await encoded.arrayBuffer()),
      // A browser posting the form sends its origin; Next.js warns about an action without one.
      { origin: new URL(baseURL ?? "").origin, ...senderHeader() },
    );
    expect(page.status).toBe(200);
    expect(page.body).toContain("お問い合わせを受け付けました");
  });
});

test.describe("health check", () => {
  test("GET /api/health answers 200 JSON quickly, uncached", async ({ request }) => {
    const started = Date.now();
    const response = await request.get("/api/health");
    const elapsed = Date.now() - started;
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expect(response.headers()["cache-control"]).toMatch(/no-store/);
    const body: { status?: unknown; articles?: unknown } = await response.json();
    expect(body.status).toBe("ok");
    expect(body.articles).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(1000);
  });

  test("HEAD /api/health answers 200 without a body", async ({ request }) => {
    const response = await request.head("/api/health");
    expect(response.status()).toBe(200);
    expect((await response.body()).length).toBe(0);
  });
});
