// Two production servers of one build on one real PostgreSQL server, as behind a load balancer:
// what readers send through either is stored once, the rate limit is one budget for both, the
// export reads every row, and the database going away and coming back loses nothing.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import { Client } from "pg";
import { site } from "../lib/site";
import { startTemporaryPostgres, type TemporaryPostgres } from "../lib/testing/postgres";
import { startServer, type ServerInstance } from "./server-instance";

test.describe.configure({ mode: "serial" });

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "server behaviour, the same for every device: checked once");
});

let postgres: TemporaryPostgres | null = null;
let hosts: ServerInstance[] = [];
let dataDir = "";

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name !== "desktop") return;
  test.setTimeout(180_000);
  postgres = await startTemporaryPostgres();
  // A data folder the servers could write SQLite files to: it must stay empty.
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "several-hosts-data-"));
  const env = { DATABASE_URL: postgres.url, DATA_DIR: dataDir, INQUIRY_PROXY_HOPS: "1", DATABASE_POOL_SIZE: "5" };
  hosts = await Promise.all([startServer(env), startServer(env)]);
});

test.afterAll(async () => {
  await Promise.all(hosts.map((host) => host.stop()));
  postgres?.remove();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

function host(index: 0 | 1): ServerInstance {
  const found = hosts[index];
  if (!found) throw new Error("the servers did not start");
  return found;
}

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  if (!postgres) throw new Error("no database");
  const client = new Client({ connectionString: postgres.url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function storedEmails(like: string): Promise<string[]> {
  const rows = await query<{ email: string }>("SELECT email FROM inquiries WHERE email LIKE $1 ORDER BY id", [like]);
  return rows.map((row) => row.email);
}

let addressCounter = 0;
/** A reader address of its own per call, as the load balancer would append it. */
function newAddress(): string {
  addressCounter += 1;
  return `198.51.100.${addressCounter}`;
}

function apiForm(email: string, extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({ kind: "freelance", name: "API 送信者", email, skills: "Go, C#", rate: "月額80万円", consent: "yes", ...extra });
}

async function post(server: ServerInstance, body: URLSearchParams, address: string): Promise<number> {
  const response = await fetch(`${server.url}/api/inquiries`, { method: "POST", body, headers: { "x-forwarded-for": address } });
  await response.arrayBuffer();
  return response.status;
}

const TYPED = { name: "高橋 美咲", company: "株式会社マルチホスト & Co.", positions: "SRE 2名\n東京またはリモート" };

async function fillRecruiterForm(page: Page, email: string): Promise<void> {
  const region = page.getByRole("region", { name: "ご相談フォーム" });
  await region.getByLabel("お名前").fill(TYPED.name);
  await region.getByLabel("メールアドレス").fill(email);
  await region.getByLabel("会社名").fill(TYPED.company);
  await region.getByLabel("採用したいポジション・人数").fill(TYPED.positions);
  await region.getByRole("checkbox").check();
}

async function send(page: Page): Promise<void> {
  await page.getByRole("region", { name: "ご相談フォーム" }).getByRole("button", { name: "送信する" }).click();
}

test("forms sent through both hosts are all stored, a resent one once, and the export lists every row", async ({ page }) => {
  const run = Date.now();
  for (const index of [0, 1] as const) {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": newAddress() });
    await page.goto(`${host(index).url}/contact/recruiters`);
    await fillRecruiterForm(page, `browser-${index}-${run}@example.com`);
    await send(page);
    await expect(page.getByRole("status")).toContainText("お問い合わせを受け付けました", { timeout: 20_000 });
  }
  // One submission id sent to both hosts at once, as a retry through the load balancer would.
  const resent = apiForm(`resent-${run}@example.com`, { submissionId: `several-hosts-${run}` });
  const statuses = await Promise.all([post(host(0), resent, newAddress()), post(host(1), resent, newAddress())]);
  expect(statuses.sort()).toEqual([200, 201]);

  expect(await storedEmails(`%-${run}@example.com`)).toEqual(
    expect.arrayContaining([`browser-0-${run}@example.com`, `browser-1-${run}@example.com`, `resent-${run}@example.com`]),
  );
  expect(await storedEmails(`%-${run}@example.com`)).toHaveLength(3);
  expect(fs.readdirSync(dataDir)).toEqual([]);

  const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/export-inquiries.ts", "--out", "-"], {
    env: { ...process.env, DATABASE_URL: postgres?.url ?? "" },
    encoding: "utf8",
  });
  const everyRow = await storedEmails("%");
  expect(everyRow.length).toBeGreaterThanOrEqual(3);
  for (const email of everyRow) expect(stdout).toContain(email);
  expect(stdout).toContain(TYPED.company);
});

test("one sender's 10 submissions through two hosts are the whole budget: the 11th is refused on either", async () => {
  const address = "203.0.113.77";
  const run = Date.now();
  const statuses: number[] = [];
  for (let index = 0; index < 10; index += 1) {
    statuses.push(await post(host(index % 2 === 0 ? 0 : 1), apiForm(`limit-${index}-${run}@example.com`), address));
  }
  expect(statuses).toEqual(Array(10).fill(201));
  expect(await post(host(0), apiForm(`limit-10-${run}@example.com`), address)).toBe(429);
  expect(await post(host(1), apiForm(`limit-11-${run}@example.com`), address)).toBe(429);
  // Another reader is not held up by it.
  expect(await post(host(1), apiForm(`other-${run}@example.com`), newAddress())).toBe(201);
  expect(await storedEmails(`limit-%-${run}@example.com`)).toHaveLength(10);
});

test("PostgreSQL stopped: the reader keeps what they typed, the API answers 503; restarted: the same form is stored once, no restart of the site", async ({ page }) => {
  test.setTimeout(120_000);
  if (!postgres) throw new Error("no database");
  const email = `outage-${Date.now()}@example.com`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": newAddress() });
  await page.goto(`${host(1).url}/contact/recruiters`);
  await fillRecruiterForm(page, email);

  postgres.stop();
  try {
    await send(page);
    const region = page.getByRole("region", { name: "ご相談フォーム" });
    const alert = region.getByRole("alert");
    await expect(alert).toContainText("送信内容を保存できませんでした", { timeout: 20_000 });
    await expect(alert).toContainText("入力内容は消えていません");
    await expect(alert.getByRole("link", { name: site.contactEmail })).toBeVisible();
    await expect(region.getByLabel("お名前")).toHaveValue(TYPED.name);
    await expect(region.getByLabel("メールアドレス")).toHaveValue(email);
    await expect(region.getByLabel("会社名")).toHaveValue(TYPED.company);
    await expect(region.getByLabel("採用したいポジション・人数")).toHaveValue(TYPED.positions);
    await expect(region.getByRole("checkbox")).toBeChecked();

    const response = await fetch(`${host(0).url}/api/inquiries`, { method: "POST", body: apiForm(`api-${email}`), headers: { "x-forwarded-for": newAddress() } });
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; message: string };
    expect(body.status).toBe("failed");
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|at .*\.js|postgres:\/\//);
    // Pages do not need the database.
    expect((await fetch(`${host(0).url}/`)).status).toBe(200);
  } finally {
    postgres.start();
  }

  // The reader presses send again on the same form: stored now, once.
  await send(page);
  await expect(page.getByRole("status")).toContainText("お問い合わせを受け付けました", { timeout: 20_000 });
  expect(await storedEmails(email)).toEqual([email]);
  expect(await storedEmails(`api-${email}`)).toEqual([]);
  for (const server of hosts) expect(server.output()).toContain('"inquiry not stored"');
});
