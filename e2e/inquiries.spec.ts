// The three inquiry forms: a reader submits, the row is in the database; mistakes are explained
// and store nothing; floods and bots are refused; the export gives the recruiting team the rows.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { CSV_HEADER, inquiryRow, neutraliseFormula, parseCsv, UTF8_BOM } from "../lib/inquiries/csv";
import type { InquiryKind } from "../lib/inquiries/fields";
import { openSqliteInquiryStore } from "../lib/inquiries/sqlite-store";
import { inquiryDatabasePath } from "../lib/inquiries/store";
import type { InquiryStore, StoredInquiry } from "../lib/inquiries/types";
import { CONTENT } from "./fixtures/cases";

/** The database the server under test writes to (playwright.config.ts sets DATA_DIR for both). */
function databaseFile(): string {
  const directory = process.env.DATA_DIR;
  if (!directory) throw new Error("DATA_DIR is not set: run the tests through playwright.config.ts");
  return inquiryDatabasePath(directory);
}

let store: InquiryStore | null = null;
function database(): InquiryStore {
  store ??= openSqliteInquiryStore(databaseFile());
  return store;
}
test.afterAll(async () => {
  await store?.close();
  store = null;
});

async function rowsByEmail(email: string): Promise<StoredInquiry[]> {
  return (await database().listInquiries()).filter((row) => row.email === email);
}

/** A marker no other test or earlier run uses, for finding this test's rows. */
function marker(): string {
  return `e2e${randomBytes(6).toString("hex")}`;
}

/**
 * An address per test: the rate limit counts per sender, and the shared server believes the last
 * X-Forwarded-For entry (playwright.config.ts starts it with INQUIRY_PROXY_HOPS=1, the tests
 * playing the proxy), so tests neither share a budget nor inherit one from a rerun.
 */
function randomAddress(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

const FORMS: {
  kind: InquiryKind;
  path: string;
  heading: RegExp;
  answers: Record<string, { label: string; value: string }>;
}[] = [
  {
    kind: "career",
    path: "/contact/career",
    heading: /転職相談/,
    answers: {
      currentRole: { label: "現在の職種・ご経験", value: "バックエンドエンジニア（経験5年）" },
      wishes: { label: "ご希望・ご相談内容", value: "生成AIのプロダクト開発に関わりたい。\nフルリモート希望です。" },
    },
  },
  {
    kind: "recruiters",
    path: "/contact/recruiters",
    heading: /採用担当/,
    answers: {
      company: { label: "会社名", value: "株式会社テスト & Co." },
      positions: { label: "採用したいポジション・人数", value: "MLエンジニア 2名、PM 1名" },
    },
  },
  {
    kind: "freelance",
    path: "/contact/freelance",
    heading: /業務委託/,
    answers: {
      skills: { label: "スキル・ご経験", value: "Rust, Go, Solidity\n週3日稼働可" },
      rate: { label: "希望単価", value: "月額80万円" },
    },
  },
];

function form(page: Page) {
  return page.getByRole("region", { name: "ご相談フォーム" });
}

async function fillForm(page: Page, fields: { name: string; email: string; answers: Record<string, { label: string; value: string }> }) {
  const region = form(page);
  await region.getByLabel("お名前").fill(fields.name);
  await region.getByLabel("メールアドレス").fill(fields.email);
  for (const { label, value } of Object.values(fields.answers)) await region.getByLabel(label).fill(value);
}

/** Generous: the 200-submission test may be keeping the server busy at the same moment. */
async function expectThanks(page: Page) {
  await expect(form(page).getByRole("status").filter({ hasText: "お問い合わせを受け付けました" })).toBeVisible({ timeout: 20_000 });
}

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": randomAddress() });
});

test.describe("each form stores what the reader sent", () => {
  for (const spec of FORMS) {
    test(`${spec.path}`, async ({ page }) => {
      const id = marker();
      const email = `${id}@example.com`;
      await page.goto(spec.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(spec.heading);
      await fillForm(page, { name: `山田 花子 ${id}`, email, answers: spec.answers });
      await form(page).getByRole("checkbox", { name: /プライバシーポリシー.*に同意します/ }).check();
      await form(page).getByRole("button", { name: "送信する" }).click();
      await expectThanks(page);

      const rows = await rowsByEmail(email);
      expect(rows).toHaveLength(1);
      const [row] = rows;
      expect(row?.kind).toBe(spec.kind);
      expect(row?.name).toBe(`山田 花子 ${id}`);
      expect(row?.answers).toEqual(Object.fromEntries(Object.entries(spec.answers).map(([key, { value }]) => [key, value])));
      expect(row?.submissionId).toMatch(/^[0-9a-f]{32}$/);
    });
  }
});

test("the calls to action in the sidebar and the header lead to the forms", async ({ page }) => {
  await page.goto(CONTENT.specialTitlePath);
  const sidebar = page.getByRole("complementary", { name: "この記事に関連する求人" });
  await sidebar.getByRole("link", { name: /^転職相談/ }).click();
  await expect(form(page).getByRole("button", { name: "送信する" })).toBeVisible();
  await page.getByRole("banner").getByRole("link", { name: "採用担当の方はこちら", exact: true }).click();
  await expect(form(page).getByLabel("会社名")).toBeVisible();
});

test("mistakes: Japanese errors beside each field, what was typed kept and shown as text, nothing stored", async ({ page }) => {
  const id = marker();
  const typedName = `<img src=x onerror="window.__xss=1">${id}`;
  await page.goto("/contact/career");
  await fillForm(page, { name: typedName, email: `${id}@invalid`, answers: { wishes: { label: "ご希望・ご相談内容", value: `年収"800万"以上\n${id}` } } });
  await form(page).getByRole("button", { name: "送信する" }).click();

  const summary = form(page).getByRole("alert");
  await expect(summary).toContainText("入力内容を確認してください（3件）", { timeout: 20_000 });
  const email = form(page).getByLabel("メールアドレス");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("メールアドレスの形式が正しくありません（例: hanako@example.com）");
  await expect(form(page).getByLabel("現在の職種・ご経験")).toHaveAccessibleDescription("現在の職種・ご経験を入力してください");
  await expect(form(page).getByRole("checkbox")).toHaveAccessibleDescription("プライバシーポリシーへの同意が必要です");
  await expect(form(page).getByLabel("お名前")).not.toHaveAttribute("aria-invalid", "true");

  await expect(form(page).getByLabel("お名前")).toHaveValue(typedName);
  await expect(email).toHaveValue(`${id}@invalid`);
  await expect(form(page).getByLabel("ご希望・ご相談内容")).toHaveValue(`年収"800万"以上\n${id}`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => "__xss" in window)).toBe(false);
  expect((await database().listInquiries()).filter((row) => row.name.includes(id) || row.email.includes(id))).toEqual([]);

  // Corrected, the same form goes through once.
  await email.fill(`${id}@example.com`);
  await form(page).getByLabel("現在の職種・ご経験").fill("データサイエンティスト");
  await form(page).getByRole("checkbox").check();
  await form(page).getByRole("button", { name: "送信する" }).click();
  await expectThanks(page);
  const rows = await rowsByEmail(`${id}@example.com`);
  expect(rows).toHaveLength(1);
  expect(rows[0]?.name).toBe(typedName);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a form submits, and the reader gets the thank-you page", async ({ page }) => {
    const id = marker();
    const email = `${id}@example.com`;
    const spec = FORMS[2];
    if (!spec) throw new Error("no freelance form");
    await page.goto(spec.path);
    await fillForm(page, { name: `鈴木 ${id}`, email, answers: spec.answers });
    await form(page).getByRole("checkbox").check();
    await form(page).getByRole("button", { name: "送信する" }).click();
    await expectThanks(page);
    const rows = await rowsByEmail(email);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.kind).toBe("freelance");
    expect(rows[0]?.submissionId, "made by the server").toMatch(/^[0-9a-f-]{36}$/);
  });

  test("mistakes come back as the same errors with the input kept", async ({ page }) => {
    const id = marker();
    await page.goto("/contact/recruiters");
    await fillForm(page, { name: `佐藤 ${id}`, email: "", answers: { company: { label: "会社名", value: `株式会社${id}` } } });
    await form(page).getByRole("button", { name: "送信する" }).click();
    await expect(form(page).getByRole("alert")).toContainText("入力内容を確認してください（3件）", { timeout: 20_000 });
    await expect(form(page).getByLabel("メールアドレス")).toHaveAccessibleDescription("メールアドレスを入力してください");
    await expect(form(page).getByLabel("お名前")).toHaveValue(`佐藤 ${id}`);
    await expect(form(page).getByLabel("会社名")).toHaveValue(`株式会社${id}`);
    expect((await database().listInquiries()).filter((row) => row.name.includes(id))).toEqual([]);
  });
});

/** A valid POST /api/inquiries body. */
function apiForm(kind: InquiryKind, id: string, extra: Record<string, string> = {}): Record<string, string> {
  const answers: Record<InquiryKind, Record<string, string>> = {
    career: { currentRole: "エンジニア", wishes: "相談したい" },
    recruiters: { company: "株式会社テスト", positions: "2名" },
    freelance: { skills: "Rust", rate: "月額80万円" },
  };
  return { kind, name: `API ${id}`, email: `${id}@example.com`, consent: "yes", ...answers[kind], ...extra };
}

async function post(request: APIRequestContext, body: Record<string, string>, address = randomAddress()) {
  return request.post("/api/inquiries", { form: body, headers: { "x-forwarded-for": address } });
}

test("200 submissions sent at once are all stored, and each resent one only once", async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "a server-side check: once is enough");
  test.setTimeout(90_000);
  const id = marker();
  const kinds: InquiryKind[] = ["career", "recruiters", "freelance"];
  const submissions = Array.from({ length: 200 }, (_, index) => ({
    body: apiForm(kinds[index % 3] ?? "career", `${id}n${index}`, { submissionId: `${id}-submission-${String(index).padStart(4, "0")}` }),
    address: randomAddress(),
  }));
  // Every submission twice, interleaved: a double click or a retried request.
  const responses = await Promise.all([...submissions, ...submissions].map(({ body, address }) => post(request, body, address)));
  const statuses = responses.map((response) => response.status());
  expect(statuses.filter((status) => status === 201)).toHaveLength(200);
  expect(statuses.filter((status) => status === 200)).toHaveLength(200);

  const rows = (await database().listInquiries()).filter((row) => row.submissionId.startsWith(`${id}-submission-`));
  expect(rows).toHaveLength(200);
  expect(new Set(rows.map((row) => row.submissionId)).size).toBe(200);
  expect(new Set(rows.map((row) => row.email))).toEqual(new Set(submissions.map(({ body }) => body.email)));
});

test("invalid submissions to the API store nothing and say why per field", async ({ request }) => {
  const id = marker();
  const response = await post(request, { ...apiForm("recruiters", id), email: "nope", company: "x".repeat(201) });
  expect(response.status()).toBe(422);
  expect(await response.json()).toEqual({
    status: "invalid",
    errors: { email: "メールアドレスの形式が正しくありません（例: hanako@example.com）", company: "会社名は200文字以内で入力してください（現在201文字）" },
  });
  expect((await post(request, { ...apiForm("career", id), kind: "other" })).status()).toBe(400);
  expect((await database().listInquiries()).filter((row) => row.name.includes(id))).toEqual([]);
});

test("the honeypot refuses bots with a message and stores nothing", async ({ request }) => {
  const id = marker();
  const response = await post(request, apiForm("career", id, { website: "https://spam.example" }));
  expect(response.status()).toBe(400);
  expect((await response.json()).message).toContain("受け付けできませんでした");
  expect(await rowsByEmail(`${id}@example.com`)).toEqual([]);
});

test("one sender past the rate limit is refused with a clear message, in the API and in the form", async ({ page, request }) => {
  const limit = Number(process.env.INQUIRY_RATE_LIMIT ?? 10);
  const address = randomAddress();
  const id = marker();
  const statuses: number[] = [];
  for (let index = 0; index < limit + 2; index += 1) {
    statuses.push((await post(request, apiForm("career", `${id}n${index}`), address)).status());
  }
  expect(statuses).toEqual([...Array(limit).fill(201), 429, 429]);
  const refused = await post(request, apiForm("career", `${id}last`), address);
  expect(refused.headers()["retry-after"]).toMatch(/^\d+$/);
  expect((await refused.json()).message).toMatch(/受付を一時的に止めています。\d+分ほど待ってから/);
  expect((await database().listInquiries()).filter((row) => row.name.includes(id))).toHaveLength(limit);

  // The same sender through the page: the message, and the form as typed.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
  await page.goto("/contact/career");
  await fillForm(page, { name: `田中 ${id}`, email: `${id}-form@example.com`, answers: FORMS[0]?.answers ?? {} });
  await form(page).getByRole("checkbox").check();
  await form(page).getByRole("button", { name: "送信する" }).click();
  await expect(form(page).getByRole("alert")).toContainText("受付を一時的に止めています", { timeout: 20_000 });
  await expect(form(page).getByLabel("お名前")).toHaveValue(`田中 ${id}`);
  expect(await rowsByEmail(`${id}-form@example.com`)).toEqual([]);
});

test("the export writes the rows as CSV that Excel opens: BOM, CRLF, quoting, formulas neutralised", async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "a command-line check: once is enough");
  const id = marker();
  const tricky = apiForm("freelance", id, { skills: `Rust, "Go"\n機械学習 ${id}`, rate: "=HYPERLINK(\"http://evil.example\")" });
  expect((await post(request, tricky)).status()).toBe(201);
  expect((await post(request, apiForm("recruiters", `${id}b`))).status()).toBe(201);

  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "inquiries-export-")), "inquiries.csv");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  execFileSync(npm, ["run", "-s", "inquiries:export", "--", "--out", out], { env: { ...process.env }, stdio: "pipe" });
  const bytes = fs.readFileSync(out);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  expect(text.replace(/\r\n/g, "").includes("\r")).toBe(false);
  expect(text.split("\r\n").length).toBeGreaterThan(2);

  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual(CSV_HEADER);
  // Other tests may store rows meanwhile: compare with the rows up to the last one exported.
  const lastId = Math.max(...rows.map((cells) => Number(cells[0])));
  const stored = (await database().listInquiries()).filter((row) => row.id <= lastId);
  expect(rows).toEqual(stored.map((row) => inquiryRow(row).map(neutraliseFormula)));

  const mine = rows.filter((cells) => cells[4] === `${id}@example.com` || cells[4] === `${id}b@example.com`);
  expect(mine).toHaveLength(2);
  const freelance = mine.find((cells) => cells[2] === "業務委託案件のご相談");
  expect(freelance?.[9]).toBe(`Rust, "Go"\n機械学習 ${id}`);
  expect(freelance?.[10]).toBe("'=HYPERLINK(\"http://evil.example\")");
  expect(text).toContain(`"Rust, ""Go""\n機械学習 ${id}"`);
});

test("axe finds nothing on a form, with its errors shown, and on the privacy policy", async ({ page }) => {
  // Three full axe runs take most of the default 30 s on a busy two-core machine.
  test.slow();
  const check = async (label: string) => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${label}: ${violation.id} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  };
  await page.goto("/contact/freelance");
  await check("form");
  await form(page).getByRole("button", { name: "送信する" }).click();
  await expect(form(page).getByRole("alert")).toBeVisible({ timeout: 20_000 });
  await check("form with errors");
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("プライバシーポリシー");
  await check("privacy");
});
