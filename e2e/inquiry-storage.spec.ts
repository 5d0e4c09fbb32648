// When the inquiry database cannot be written (a data folder the site may not write, another
// process holding the database's write lock), no inquiry is lost without a word: the reader keeps what
// they typed and gets the address to write to, API clients get 503, the operator one log line.
import { spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { openSqliteInquiryStore } from "../lib/inquiries/sqlite-store";
import { inquiryDatabasePath } from "../lib/inquiries/store";
import { site } from "../lib/site";
import { startServer, type ServerInstance } from "./server-instance";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "server behaviour, the same for every device: checked once");
});

/** chmod does not stop root: the read-only folder only means something for other users. */
const isRoot = process.getuid?.() === 0;

const TYPED = {
  name: "田中 花子",
  email: "hanako.storage@example.com",
  company: "株式会社ストレージ & Co.",
  positions: "SRE 1名\nフルリモート可",
};

function form(page: Page) {
  return page.getByRole("region", { name: "ご相談フォーム" });
}

async function fillAndSend(page: Page): Promise<void> {
  const region = form(page);
  await region.getByLabel("お名前").fill(TYPED.name);
  await region.getByLabel("メールアドレス").fill(TYPED.email);
  await region.getByLabel("会社名").fill(TYPED.company);
  await region.getByLabel("採用したいポジション・人数").fill(TYPED.positions);
  await region.getByRole("checkbox").check();
  await region.getByRole("button", { name: "送信する" }).click();
}

/** The failure the reader sees, with every field as they typed it, checked the same way each time. */
async function expectFailureKeepingInput(page: Page): Promise<void> {
  const region = form(page);
  const alert = region.getByRole("alert");
  await expect(alert).toContainText("送信内容を保存できませんでした", { timeout: 20_000 });
  await expect(alert).toContainText("入力内容は消えていません");
  await expect(alert.getByRole("link", { name: site.contactEmail })).toHaveAttribute("href", new RegExp(`^mailto:${site.contactEmail}`));
  await expect(region.getByLabel("お名前")).toHaveValue(TYPED.name);
  await expect(region.getByLabel("メールアドレス")).toHaveValue(TYPED.email);
  await expect(region.getByLabel("会社名")).toHaveValue(TYPED.company);
  await expect(region.getByLabel("採用したいポジション・人数")).toHaveValue(TYPED.positions);
  await expect(region.getByRole("checkbox")).toBeChecked();
}

/** The server's "inquiry not stored" log lines so far. */
function failureLines(server: ServerInstance): { line: string; entry: Record<string, unknown> }[] {
  return server
    .output()
    .split("\n")
    .filter((line) => line.includes('"inquiry not stored"'))
    .map((line) => ({ line, entry: JSON.parse(line.slice(line.indexOf("{"))) as Record<string, unknown> }));
}

/** Waits for exactly one more failure line than `before`, naming `cause` and no personal data. */
async function expectOneLogLine(server: ServerInstance, before: number, cause: RegExp): Promise<void> {
  await expect.poll(() => failureLines(server).length).toBe(before + 1);
  const last = failureLines(server).at(-1);
  expect(last?.entry.level).toBe("error");
  expect(String(last?.entry.cause)).toMatch(cause);
  for (const personal of [TYPED.name, TYPED.email, "田中", "hanako", TYPED.company, "SRE"]) expect(last?.line).not.toContain(personal);
}

function apiForm(index: number): URLSearchParams {
  return new URLSearchParams({
    kind: "recruiters",
    name: TYPED.name,
    email: `storage-${index}-${Date.now()}@example.com`,
    company: TYPED.company,
    positions: TYPED.positions,
    consent: "yes",
  });
}

async function postInquiry(url: string, body: URLSearchParams): Promise<{ status: number; type: string; json: Record<string, unknown> }> {
  const response = await fetch(`${url}/api/inquiries`, { method: "POST", body });
  return { status: response.status, type: response.headers.get("content-type") ?? "", json: (await response.json()) as Record<string, unknown> };
}

/** Where DATA_DIR points, and how an operator would make it usable again. */
interface Unwritable {
  dataDir: string;
  repair: () => void;
}

const UNWRITABLE: { name: string; cause: RegExp; forRoot: boolean; make: (root: string) => Unwritable }[] = [
  {
    // mkdir below a regular file fails with ENOTDIR whoever asks, root included.
    name: "DATA_DIR below a regular file",
    cause: /ENOTDIR/,
    forRoot: true,
    make: (root) => {
      const blocker = path.join(root, "blocker");
      fs.writeFileSync(blocker, "");
      return {
        dataDir: path.join(blocker, "data"),
        repair: () => {
          fs.rmSync(blocker);
          fs.mkdirSync(blocker);
        },
      };
    },
  },
  {
    name: "a read-only data folder (chmod 555)",
    cause: /SQLITE_CANTOPEN|EACCES/,
    forRoot: false,
    make: (root) => {
      const dataDir = path.join(root, "read-only");
      fs.mkdirSync(dataDir, { mode: 0o555 });
      return { dataDir, repair: () => fs.chmodSync(dataDir, 0o700) };
    },
  },
];

for (const spec of UNWRITABLE) {
  test.describe(`${spec.name}`, () => {
    test.describe.configure({ mode: "serial" });
    test.skip(isRoot && !spec.forRoot, "chmod does not stop root; the regular-file case covers root");

    let root = "";
    let target: Unwritable | null = null;
    let server: ServerInstance | null = null;
    test.beforeAll(async () => {
      test.setTimeout(90_000);
      root = fs.mkdtempSync(path.join(os.tmpdir(), "inquiry-storage-"));
      target = spec.make(root);
      server = await startServer({ DATA_DIR: target.dataDir, INQUIRY_RATE_LIMIT: "1000" });
    });
    test.afterAll(async () => {
      await server?.stop();
      // An empty read-only folder can be removed like any other; nothing could be written into it.
      if (root) fs.rmSync(root, { recursive: true, force: true });
    });

    test("the form says so in Japanese, keeps every field and gives the address; one log line names the cause", async ({ page }) => {
      if (!server) throw new Error("no server");
      const before = failureLines(server).length;
      await page.goto(`${server.url}/contact/recruiters`);
      await fillAndSend(page);
      await expectFailureKeepingInput(page);
      await expectOneLogLine(server, before, spec.cause);
    });

    test.describe("with JavaScript off", () => {
      test.use({ javaScriptEnabled: false });

      test("the page the form posts to says the same and keeps every field", async ({ page }) => {
        if (!server) throw new Error("no server");
        const before = failureLines(server).length;
        await page.goto(`${server.url}/contact/recruiters`);
        await fillAndSend(page);
        await expectFailureKeepingInput(page);
        await expectOneLogLine(server, before, spec.cause);
      });
    });

    test("the API answers 503 with JSON that gives the address", async () => {
      if (!server) throw new Error("no server");
      const before = failureLines(server).length;
      const answer = await postInquiry(server.url, apiForm(1));
      expect(answer.status).toBe(503);
      expect(answer.type).toMatch(/^application\/json/);
      expect(answer.json.status).toBe("failed");
      expect(String(answer.json.message)).toContain(site.contactEmail);
      await expectOneLogLine(server, before, spec.cause);
    });

    test("once the folder is repaired, the same server stores the next inquiry", async ({ page }) => {
      if (!server || !target) throw new Error("no server");
      target.repair();
      await page.goto(`${server.url}/contact/recruiters`);
      await fillAndSend(page);
      await expect(form(page).getByRole("status")).toContainText("お問い合わせを受け付けました", { timeout: 20_000 });
      const store = openSqliteInquiryStore(inquiryDatabasePath(target.dataDir));
      try {
        expect((await store.listInquiries()).map((row) => row.email)).toEqual([TYPED.email]);
      } finally {
        await store.close();
      }
    });
  });
}

/** Holds the database's write lock from another process, as an operator's `sqlite3` shell would. */
async function holdWriteLock(file: string): Promise<{ release: () => Promise<void> }> {
  const holder = spawn(
    process.execPath,
    ["-e", 'const db = require("better-sqlite3")(process.argv[1]); db.exec("BEGIN IMMEDIATE"); process.stdout.write("locked"); process.stdin.resume(); process.stdin.on("end", () => { db.exec("COMMIT"); db.close(); });', file],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  await once(holder.stdout, "data");
  return {
    release: async () => {
      if (holder.exitCode !== null) return;
      const exited = once(holder, "exit");
      holder.stdin.end();
      await exited;
    },
  };
}

test.describe("a write lock held by another process", () => {
  let dataDir = "";
  let server: ServerInstance | null = null;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "inquiry-storage-locked-"));
    server = await startServer({ DATA_DIR: dataDir, INQUIRY_RATE_LIMIT: "1000" });
  });
  test.afterAll(async () => {
    await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test("pages keep answering while a submission waits; past the wait it is 503, and stored once the lock is gone", async () => {
    if (!server) throw new Error("no server");
    const { url } = server;
    const created = await postInquiry(url, apiForm(1));
    expect(created.status, "the database exists before it is locked").toBe(201);

    const lock = await holdWriteLock(inquiryDatabasePath(dataDir));
    try {
      const before = failureLines(server).length;
      let settled = false;
      const waiting = postInquiry(url, apiForm(2)).finally(() => (settled = true));
      // A page that never touches the database, asked again and again while the submission waits.
      let slowestMs = 0;
      let asked = 0;
      while (!settled) {
        const started = performance.now();
        const response = await fetch(`${url}/api/health`);
        await response.arrayBuffer();
        slowestMs = Math.max(slowestMs, performance.now() - started);
        asked += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const answer = await waiting;
      expect(asked).toBeGreaterThan(10);
      expect(slowestMs, "no page waits for the lock").toBeLessThan(1000);
      expect(answer.status).toBe(503);
      expect(String(answer.json.message)).toContain(site.contactEmail);
      await expectOneLogLine(server, before, /SQLITE_BUSY/);

      // Released while the next one waits: that one is stored.
      const next = postInquiry(url, apiForm(3));
      await new Promise((resolve) => setTimeout(resolve, 500));
      await lock.release();
      expect((await next).status).toBe(201);
    } finally {
      await lock.release();
    }
  });
});
