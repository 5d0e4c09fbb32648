import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRateLimiter } from "./rate-limit";
import { openSqliteInquiryStore } from "./sqlite-store";
import type { InquiryStore } from "./store";
import { submitInquiry, toFormState, type SubmitDependencies } from "./submit";

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
