// Who counts as one sender for the inquiry rate limit: a client that writes its own
// X-Forwarded-For gets no new budget, whether or not a proxy stands in front of the site.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { startServer, type ServerInstance } from "./server-instance";

const LIMIT = 10;

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "server behaviour, the same for every device: checked once");
});

/** A server of the same build with its own database and limiter, so its budget starts untouched. */
async function serverWith(env: Record<string, string | undefined>): Promise<{ server: ServerInstance; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "inquiry-senders-"));
  const server = await startServer({ DATA_DIR: dataDir, INQUIRY_RATE_LIMIT: String(LIMIT), INQUIRY_RATE_WINDOW_SECONDS: "600", ...env });
  return { server, dataDir };
}

function inquiry(index: number): Record<string, string> {
  return {
    kind: "career",
    name: `送信者テスト ${index}`,
    email: `sender-${index}-${Date.now()}@example.com`,
    currentRole: "エンジニア",
    wishes: "相談したい",
    consent: "yes",
  };
}

async function statuses(request: APIRequestContext, url: string, forwardedFor: string[]): Promise<number[]> {
  const result: number[] = [];
  for (const [index, header] of forwardedFor.entries()) {
    const response = await request.post(`${url}/api/inquiries`, { form: inquiry(index), headers: { "x-forwarded-for": header } });
    result.push(response.status());
  }
  return result;
}

test.describe("exposed directly, without proxy settings", () => {
  let instance: { server: ServerInstance; dataDir: string } | null = null;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    // No INQUIRY_PROXY_HOPS at all, as the Dockerfile runs the site.
    instance = await serverWith({ INQUIRY_PROXY_HOPS: undefined });
  });
  test.afterAll(async () => {
    await instance?.server.stop();
    if (instance) fs.rmSync(instance.dataDir, { recursive: true, force: true });
  });

  test("a different forged X-Forwarded-For on every post is still one sender, in the API and in the form", async ({ page, request }) => {
    const url = instance?.server.url ?? "";
    const forged = Array.from({ length: 14 }, (_, index) => `198.51.100.${index + 1}`);
    expect(await statuses(request, url, forged)).toEqual([...Array<number>(LIMIT).fill(201), 429, 429, 429, 429]);

    // The page's server action reads the same sender.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "192.0.2.200" });
    await page.goto(`${url}/contact/career`);
    const form = page.getByRole("region", { name: "ご相談フォーム" });
    await form.getByLabel("お名前").fill("送信者テスト フォーム");
    await form.getByLabel("メールアドレス").fill("sender-form@example.com");
    await form.getByLabel("現在の職種・ご経験").fill("エンジニア");
    await form.getByLabel("ご希望・ご相談内容").fill("相談したい");
    await form.getByRole("checkbox").check();
    await form.getByRole("button", { name: "送信する" }).click();
    await expect(form.getByRole("alert")).toContainText("受付を一時的に止めています", { timeout: 20_000 });
  });
});

test.describe("behind one proxy (INQUIRY_PROXY_HOPS=1)", () => {
  let instance: { server: ServerInstance; dataDir: string } | null = null;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    instance = await serverWith({ INQUIRY_PROXY_HOPS: "1" });
  });
  test.afterAll(async () => {
    await instance?.server.stop();
    if (instance) fs.rmSync(instance.dataDir, { recursive: true, force: true });
  });

  test("entries a client wrote before the proxy's own are ignored", async ({ request }) => {
    const url = instance?.server.url ?? "";
    // The proxy appends the address it saw (203.0.113.50); whatever came before is the client's.
    const forged = Array.from({ length: LIMIT + 2 }, (_, index) => `198.51.100.${index + 1}, 10.0.0.${index + 1}, 203.0.113.50`);
    expect(await statuses(request, url, forged)).toEqual([...Array<number>(LIMIT).fill(201), 429, 429]);
    // Another address written by the proxy has a budget of its own.
    expect(await statuses(request, url, ["198.51.100.1, 203.0.113.51"])).toEqual([201]);
  });
});
