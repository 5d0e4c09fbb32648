// 人気記事: page views posted by the article page's beacon or through the API, refused when they
// should not count, and the rankings that follow them (or the newest articles before any).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { SAMPLE } from "./fixtures/cases";
import { onceOnly } from "./helpers";
import { startServer, type ServerInstance } from "./server-instance";

const FALLBACK = "まだ閲覧数が集まっていないため、新着記事を表示しています";
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/** A server of the same build with an empty data folder of its own, behind one (simulated) proxy. */
async function freshServer(): Promise<{ server: ServerInstance; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ranking-"));
  return { server: await startServer({ DATA_DIR: dataDir, INQUIRY_PROXY_HOPS: "1" }), dataDir };
}

function slugOf(articlePath: string): string {
  return articlePath.replace(/^\/articles\//, "");
}

async function postView(request: APIRequestContext, url: string, articlePath: string, reader: string, headers: Record<string, string> = {}) {
  const response = await request.post(`${url}/api/views`, {
    form: { slug: slugOf(articlePath) },
    headers: { "user-agent": BROWSER, "x-forwarded-for": reader, ...headers },
  });
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
}

interface RankingAnswer {
  fallback: boolean;
  items: { title: string; path: string; views: number | null }[];
}

async function ranking(request: APIRequestContext, url: string, period: string): Promise<RankingAnswer> {
  const response = await request.get(`${url}/api/ranking?period=${period}&limit=5`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("max-age=60");
  return (await response.json()) as RankingAnswer;
}

test.describe("before any view", () => {
  // One server for the group: tests spread over workers would each start their own.
  test.describe.configure({ mode: "serial" });
  let instance: { server: ServerInstance; dataDir: string } | null = null;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    instance = await freshServer();
  });
  test.afterAll(async () => {
    await instance?.server.stop();
    if (instance) fs.rmSync(instance.dataDir, { recursive: true, force: true });
  });

  test("the article's side column and the front page show the newest articles and say so", async ({ page }) => {
    const url = instance?.server.url ?? "";
    await page.goto(`${url}${SAMPLE.agent.path}`);
    const aside = page.locator("section", { has: page.getByRole("heading", { name: /人気記事/ }) });
    await expect(aside.getByText(FALLBACK)).toBeVisible();
    await expect(aside.getByRole("heading")).toContainText("7日間");
    await expect(aside.getByRole("listitem")).toHaveCount(5);

    await page.goto(`${url}/`);
    const front = page.locator("section", { has: page.getByRole("heading", { name: /人気記事/ }) });
    await expect(front.getByRole("heading")).toContainText("24時間");
    await expect(front.getByText(FALLBACK)).toBeVisible();
  });

  test("the side column holds its height while the ranking loads", async ({ page }) => {
    onceOnly(test.info().project.name);
    const url = instance?.server.url ?? "";
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/ranking*", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${url}${SAMPLE.agent.path}`);
    const aside = page.locator("section", { has: page.getByRole("heading", { name: /人気記事/ }) });
    await expect(aside).toHaveAttribute("aria-busy", "true");
    const before = await aside.boundingBox();
    release();
    await expect(aside.getByText(FALLBACK)).toBeVisible();
    const after = await aside.boundingBox();
    expect(after?.height).toBe(before?.height);
  });
});

test.describe("views and rankings", () => {
  // In order, on one server: the side column is checked against the views the first test posted.
  test.describe.configure({ mode: "serial" });
  let instance: { server: ServerInstance; dataDir: string } | null = null;
  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name !== "desktop") return;
    test.setTimeout(90_000);
    instance = await freshServer();
  });
  test.afterAll(async () => {
    await instance?.server.stop();
    if (instance) fs.rmSync(instance.dataDir, { recursive: true, force: true });
  });

  test.beforeEach(() => onceOnly(test.info().project.name));

  test("posted views are counted once per reader and rank the articles; prefetches, bots and unknown articles are not", async ({ request }) => {
    const url = instance?.server.url ?? "";
    // The rankings are read only after the views: the server reuses a ranking for a minute.
    for (const reader of ["192.0.2.1", "192.0.2.2", "192.0.2.3"]) {
      expect((await postView(request, url, SAMPLE.short.path, reader)).status).toBe(202);
    }
    for (const reader of ["192.0.2.1", "192.0.2.2"]) {
      expect((await postView(request, url, SAMPLE.roundup.path, reader)).status).toBe(202);
    }
    expect(await postView(request, url, SAMPLE.roundup.path, "192.0.2.1")).toEqual({ status: 200, body: { counted: false, reason: "repeat" } });
    expect(await postView(request, url, SAMPLE.roundup.path, "192.0.2.9", { "sec-purpose": "prefetch" })).toEqual({ status: 200, body: { counted: false, reason: "prefetch" } });
    expect(await postView(request, url, SAMPLE.roundup.path, "192.0.2.9", { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" })).toEqual({ status: 200, body: { counted: false, reason: "bot" } });
    expect((await postView(request, url, "/articles/no-such-article", "192.0.2.9")).status).toBe(404);
    expect((await postView(request, url, SAMPLE.roundup.path, "192.0.2.9", { origin: "https://other.example" })).status).toBe(403);

    for (const period of ["24h", "7d"]) {
      const answer = await ranking(request, url, period);
      expect(answer.fallback).toBe(false);
      expect(answer.items.map(({ title, views }) => ({ title, views }))).toEqual([
        { title: SAMPLE.short.title, views: 3 },
        { title: SAMPLE.roundup.title, views: 2 },
      ]);
    }
    expect((await request.get(`${url}/api/ranking?period=30d`)).status()).toBe(400);
  });

  test("an article read for a few seconds sends one view; the side column lists the ranking", async ({ page }) => {
    const url = instance?.server.url ?? "";
    const isView = (request: { url(): string; method(): string }) => request.url().endsWith("/api/views") && request.method() === "POST";
    let posts = 0;
    page.on("request", (request) => {
      if (isView(request)) posts += 1;
    });
    const beacon = page.waitForResponse((response) => isView(response.request()), { timeout: 10_000 });
    const opened = Date.now();
    await page.goto(`${url}${SAMPLE.jekyll.path}`);
    const answer = await beacon;
    expect(Date.now() - opened).toBeGreaterThanOrEqual(2_900);
    expect(answer.status()).toBe(202);
    expect(answer.request().postData()).toBe(new URLSearchParams({ slug: slugOf(SAMPLE.jekyll.path) }).toString());

    const aside = page.locator("section", { has: page.getByRole("heading", { name: /人気記事/ }) });
    await expect(aside.getByRole("link").first()).toHaveText(SAMPLE.short.title);
    await expect(aside.getByText(FALLBACK)).toHaveCount(0);

    // Once per page view: staying longer sends nothing more.
    await page.waitForTimeout(3_500);
    expect(posts).toBe(1);
  });
});
