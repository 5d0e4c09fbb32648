import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { configFromEnv, type InquirySettings } from "../config";
import { site } from "../site";
import { createRateLimiter } from "./rate-limit";
import { openSqliteInquiryStore } from "./sqlite-store";
import { getInquiryStore, inquiryDatabasePath, openInquiryStore, openRateLimiter } from "./store";
import { submitInquiry, toFormState, type SubmitDependencies } from "./submit";
import type { InquiryStore } from "./types";
import { capturingErrors } from "../testing/console";
import { freePort } from "../testing/free-port";
import { tempDir } from "../testing/temp-files";

const temp = tempDir("inquiry-submit-test-");

const VALID = {
  name: "佐藤 一郎",
  email: "ichiro@example.com",
  company: "株式会社テスト",
  positions: "LLMエンジニア 2名",
  consent: "yes",
};

function setup(overrides: Partial<SubmitDependencies> = {}): SubmitDependencies & { store: InquiryStore } {
  let counter = 0;
  return {
    store: openSqliteInquiryStore(":memory:"),
    limiter: createRateLimiter({ limit: 100, windowMs: 60_000 }),
    clientAddress: "203.0.113.7",
    now: () => new Date("2026-05-01T00:00:00Z"),
    newSubmissionId: () => `generated-id-${String((counter += 1)).padStart(6, "0")}`,
    ...overrides,
  };
}

describe("submitInquiry", () => {
  test("stores a valid form with the form's submission id", async () => {
    const deps = setup();
    const outcome = await submitInquiry("recruiters", new URLSearchParams({ ...VALID, submissionId: "form-id-000000000001" }), deps);
    assert.equal(outcome.status, "stored");
    assert.ok(outcome.status === "stored" && !outcome.duplicate);
    const [row] = await deps.store.listInquiries();
    assert.equal(row?.submissionId, "form-id-000000000001");
    assert.equal(row?.kind, "recruiters");
    assert.deepEqual(row?.answers, { company: "株式会社テスト", positions: "LLMエンジニア 2名" });
  });

  test("a form without an id (JavaScript off) gets one from the server", async () => {
    const deps = setup();
    await submitInquiry("recruiters", new URLSearchParams(VALID), deps);
    assert.equal((await deps.store.listInquiries())[0]?.submissionId, "generated-id-000001");
  });

  test("a resent form is thanked again but stored once", async () => {
    const deps = setup();
    const form = new URLSearchParams({ ...VALID, submissionId: "form-id-000000000002" });
    const [first, second] = await Promise.all([submitInquiry("recruiters", form, deps), submitInquiry("recruiters", form, deps)]);
    assert.deepEqual([first?.status, second?.status], ["stored", "stored"]);
    assert.equal(await deps.store.countInquiries(), 1);
    assert.deepEqual(toFormState(second), { status: "stored" });
  });

  test("invalid input stores nothing and keeps the id for the corrected form", async () => {
    const deps = setup();
    const outcome = await submitInquiry("recruiters", new URLSearchParams({ ...VALID, email: "x", submissionId: "form-id-000000000003" }), deps);
    assert.equal(outcome.status, "invalid");
    assert.ok(outcome.status === "invalid");
    assert.equal(outcome.submissionId, "form-id-000000000003");
    assert.deepEqual(Object.keys(outcome.errors), ["email"]);
    assert.equal(await deps.store.countInquiries(), 0);
  });

  test("the honeypot refuses with a message and stores nothing", async () => {
    const deps = setup();
    const outcome = await submitInquiry("recruiters", new URLSearchParams({ ...VALID, website: "spam" }), deps);
    assert.ok(outcome.status === "refused" && outcome.reason === "bot");
    assert.match(outcome.message, /受け付けできませんでした/);
    assert.equal(await deps.store.countInquiries(), 0);
  });

  test("past the rate limit: refused with how long to wait, nothing stored, input kept", async () => {
    const deps = setup({ limiter: createRateLimiter({ limit: 2, windowMs: 600_000 }) });
    const form = () => new URLSearchParams({ ...VALID, submissionId: `form-id-${Math.random().toString(36).slice(2).padEnd(12, "0")}` });
    await submitInquiry("recruiters", form(), deps);
    await submitInquiry("recruiters", form(), deps);
    const refused = await submitInquiry("recruiters", form(), deps);
    assert.ok(refused.status === "refused" && refused.reason === "rate-limit");
    assert.equal(refused.retryAfterSeconds, 600);
    assert.match(refused.message, /10分ほど待ってから/);
    assert.equal(refused.values.fields.company, "株式会社テスト");
    assert.equal(await deps.store.countInquiries(), 2);
    const other = await submitInquiry("recruiters", form(), { ...deps, clientAddress: "198.51.100.1" });
    assert.equal(other.status, "stored", "another address is not held back");
  });

  test("a storage failure is reported to the reader, not thrown", async () => {
    const broken: InquiryStore = {
      saveInquiry: async () => {
        throw new Error("disk full");
      },
      listInquiries: async () => [],
      countInquiries: async () => 0,
      close: async () => {},
    };
    const originalError = console.error;
    console.error = () => {};
    try {
      const outcome = await submitInquiry("recruiters", new URLSearchParams(VALID), setup({ store: broken }));
      assert.equal(outcome.status, "failed");
      assert.deepEqual(toFormState(outcome).status, "failed");
    } finally {
      console.error = originalError;
    }
  });
});

/** Runs `run` with the settings of DATA_DIR=`directory`, for the process's own store, as the site does. */
async function withDataDir<T>(directory: string, run: (settings: InquirySettings) => Promise<T>): Promise<T> {
  const settings = configFromEnv({ DATA_DIR: directory }).inquiries;
  try {
    return await run(settings);
  } finally {
    // Forget the connection, so the next test's DATA_DIR is the one opened.
    await getInquiryStore(settings).close();
  }
}

const TYPED = { ...VALID, name: "田中 花子", email: "hanako.tanaka@example.com", positions: "SRE 1名（フルリモート可）" };


function processStore(settings: InquirySettings): SubmitDependencies {
  return { ...setup(), store: getInquiryStore(settings) };
}

/** The failure the reader sees, and the operator's one log line, checked the same way for every cause. */
function assertFailedKeepingInput(outcome: Awaited<ReturnType<typeof submitInquiry>>, lines: string[], cause: RegExp) {
  assert.equal(outcome.status, "failed");
  assert.ok(outcome.status === "failed");
  assert.match(outcome.message, /保存できませんでした/);
  assert.ok(outcome.message.includes(site.contactEmail), "the contact address is in the message");
  assert.deepEqual(outcome.values, { fields: { name: TYPED.name, email: TYPED.email, company: TYPED.company, positions: TYPED.positions }, consent: true });
  assert.equal(outcome.submissionId, "form-id-typed-000001");
  assert.deepEqual(toFormState(outcome), { status: "failed", message: outcome.message, values: outcome.values, submissionId: outcome.submissionId });

  assert.equal(lines.length, 1, `one log line, got ${JSON.stringify(lines)}`);
  const entry: unknown = JSON.parse(lines[0] ?? "");
  assert.ok(typeof entry === "object" && entry !== null);
  assert.equal((entry as { level?: unknown }).level, "error");
  assert.equal((entry as { message?: unknown }).message, "inquiry not stored");
  assert.match(String((entry as { cause?: unknown }).cause), cause);
  for (const personal of [TYPED.name, TYPED.email, "田中", "hanako", TYPED.positions, TYPED.company]) {
    assert.ok(!(lines[0] ?? "").includes(personal), `no personal data in the log: ${personal}`);
  }
}

const typedForm = () => new URLSearchParams({ ...TYPED, submissionId: "form-id-typed-000001" });

describe("submitInquiry when the database cannot be written", () => {
  test("DATA_DIR below a regular file (holds for root too): failed with the input kept, one log line, stored once repaired without a restart", async () => {
    const blocker = path.join(temp, "blocker");
    fs.writeFileSync(blocker, "");
    const directory = path.join(blocker, "data");
    await withDataDir(directory, async (settings) => {
      const { result: outcome, lines } = await capturingErrors(() => submitInquiry("recruiters", typedForm(), processStore(settings)));
      assertFailedKeepingInput(outcome, lines, /ENOTDIR/);

      // An operator fixes the folder; the same process stores the next submission.
      fs.rmSync(blocker);
      fs.mkdirSync(blocker);
      const retried = await submitInquiry("recruiters", typedForm(), processStore(settings));
      assert.equal(retried.status, "stored");
      assert.ok(retried.status === "stored" && !retried.duplicate);
    });
    const raw = new Database(inquiryDatabasePath(directory), { readonly: true });
    assert.deepEqual(raw.prepare("SELECT submission_id, name FROM inquiries").all(), [{ submission_id: "form-id-typed-000001", name: TYPED.name }]);
    raw.close();
  });

  test(
    "DATA_DIR in a read-only folder (chmod 555): the same, once the folder is writable again",
    { skip: process.getuid?.() === 0 ? "chmod does not stop root; the regular-file case covers root" : false },
    async () => {
      const parent = path.join(temp, "read-only");
      fs.mkdirSync(parent, { mode: 0o555 });
      const directory = path.join(parent, "data");
      await withDataDir(directory, async (settings) => {
        const { result: outcome, lines } = await capturingErrors(() => submitInquiry("recruiters", typedForm(), processStore(settings)));
        assertFailedKeepingInput(outcome, lines, /EACCES/);
        fs.chmodSync(parent, 0o755);
        assert.equal((await submitInquiry("recruiters", typedForm(), processStore(settings))).status, "stored");
        assert.equal(await getInquiryStore(settings).countInquiries(), 1);
      });
    },
  );

  test("DATABASE_URL that is not PostgreSQL: failed with the input kept, one log line naming the setting", async () => {
    const settings = configFromEnv({ DATABASE_URL: "mysql://db.internal/inquiries" }).inquiries;
    const { result: outcome, lines } = await capturingErrors(() => submitInquiry("recruiters", typedForm(), processStore(settings)));
    assertFailedKeepingInput(outcome, lines, /DATABASE_URL/);
  });

  test("PostgreSQL not answering (its shared rate limit, then its store): failed with the input kept, one log line each", async () => {
    const settings = configFromEnv({ DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/site` }).inquiries;
    const limited = await capturingErrors(() => submitInquiry("recruiters", typedForm(), { ...setup(), limiter: openRateLimiter(settings) }));
    assertFailedKeepingInput(limited.result, limited.lines, /ECONNREFUSED/);
    const stored = await capturingErrors(() => submitInquiry("recruiters", typedForm(), { ...setup(), store: openInquiryStore(settings) }));
    assertFailedKeepingInput(stored.result, stored.lines, /ECONNREFUSED/);
  });

  test("a database locked by another process past the bound: failed with the input kept, one log line naming the lock", async () => {
    const file = path.join(temp, "locked", "inquiries.sqlite");
    const store = openSqliteInquiryStore(file, { lockWaitMs: 300 });
    await store.countInquiries();
    const holder = spawn(
      process.execPath,
      ["-e", 'const db = require("better-sqlite3")(process.argv[1]); db.exec("BEGIN IMMEDIATE"); process.stdout.write("locked"); process.stdin.resume(); process.stdin.on("end", () => db.close());', file],
      { stdio: ["pipe", "pipe", "inherit"] },
    );
    await once(holder.stdout, "data");
    try {
      const started = performance.now();
      const { result: outcome, lines } = await capturingErrors(() => submitInquiry("recruiters", typedForm(), { ...setup(), store }));
      assert.ok(performance.now() - started < 3000, "gave up at the bound, not at SQLite's own timeout");
      assertFailedKeepingInput(outcome, lines, /SQLITE_BUSY/);
    } finally {
      const exited = once(holder, "exit");
      holder.stdin.end();
      await exited;
    }
    assert.equal((await submitInquiry("recruiters", typedForm(), { ...setup(), store })).status, "stored");
    assert.equal(await store.countInquiries(), 1);
    await store.close();
  });
});
