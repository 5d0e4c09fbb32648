import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { openSqliteInquiryStore } from "./sqlite-store";
import { dataDir, inquiryDatabasePath, type NewInquiry } from "./store";

const temp = fs.mkdtempSync(path.join(os.tmpdir(), "inquiry-store-test-"));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

function inquiry(submissionId: string, overrides: Partial<NewInquiry> = {}): NewInquiry {
  return {
    kind: "career",
    submissionId,
    name: "山田 花子",
    email: "hanako@example.com",
    answers: { currentRole: "エンジニア", wishes: "リモート希望" },
    createdAt: new Date("2026-05-01T00:00:00Z"),
    ...overrides,
  };
}

describe("SQLite inquiry store", () => {
  test("creates the folder, the file and its schema on first use", async () => {
    const file = path.join(temp, "nested", "folder", "inquiries.sqlite");
    const store = openSqliteInquiryStore(file);
    assert.ok(fs.existsSync(file));
    assert.equal(await store.countInquiries(), 0);
    await store.close();
    const raw = new Database(file, { readonly: true });
    assert.equal(raw.pragma("user_version", { simple: true }), 1);
    assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
    raw.close();
  });

  test("stores, lists oldest first and filters by kind and time", async () => {
    const store = openSqliteInquiryStore(path.join(temp, "list.sqlite"));
    const first = await store.saveInquiry(inquiry("submission-0000000001"));
    const second = await store.saveInquiry(
      inquiry("submission-0000000002", { kind: "recruiters", answers: { company: "株式会社テスト", positions: "MLエンジニア 2名" }, createdAt: new Date("2026-05-02T00:00:00Z") }),
    );
    assert.equal(first.status, "stored");
    assert.equal(second.status, "stored");
    assert.ok(second.inquiry.id > first.inquiry.id);
    assert.deepEqual(second.inquiry, { ...inquiry("submission-0000000002"), kind: "recruiters", answers: { company: "株式会社テスト", positions: "MLエンジニア 2名" }, createdAt: new Date("2026-05-02T00:00:00Z"), id: second.inquiry.id });

    assert.deepEqual((await store.listInquiries()).map((row) => row.submissionId), ["submission-0000000001", "submission-0000000002"]);
    assert.deepEqual((await store.listInquiries({ kind: "recruiters" })).map((row) => row.id), [second.inquiry.id]);
    assert.equal(await store.countInquiries({ since: new Date("2026-05-01T12:00:00Z") }), 1);
    await store.close();
  });

  test("the same submission id is stored once and answers with the first row", async () => {
    const store = openSqliteInquiryStore(path.join(temp, "duplicate.sqlite"));
    const first = await store.saveInquiry(inquiry("submission-dup-000001"));
    const again = await store.saveInquiry(inquiry("submission-dup-000001", { name: "別の名前" }));
    assert.equal(again.status, "duplicate");
    assert.deepEqual(again.inquiry, first.inquiry);
    assert.equal(await store.countInquiries(), 1);
    await store.close();
  });

  test("200 concurrent saves, each sent twice, store 200 rows", async () => {
    const store = openSqliteInquiryStore(path.join(temp, "concurrent.sqlite"));
    const ids = Array.from({ length: 200 }, (_, index) => `concurrent-${String(index).padStart(6, "0")}`);
    const results = await Promise.all([...ids, ...ids].map((id) => store.saveInquiry(inquiry(id))));
    assert.equal(results.filter((result) => result.status === "stored").length, 200);
    assert.equal(await store.countInquiries(), 200);
    assert.deepEqual(new Set((await store.listInquiries()).map((row) => row.submissionId)), new Set(ids));
    await store.close();
  });

  test("two connections to one file (the site and the export) see each other's rows", async () => {
    const file = path.join(temp, "shared.sqlite");
    const site = openSqliteInquiryStore(file);
    const exporter = openSqliteInquiryStore(file);
    await site.saveInquiry(inquiry("shared-00000000000001"));
    assert.equal(await exporter.countInquiries(), 1);
    await Promise.all([site.close(), exporter.close()]);
  });
});

describe("dataDir", () => {
  test("DATA_DIR when set, else ./data", () => {
    const saved = process.env.DATA_DIR;
    try {
      process.env.DATA_DIR = "/srv/site-data";
      assert.equal(dataDir(), "/srv/site-data");
      assert.equal(inquiryDatabasePath(), "/srv/site-data/inquiries.sqlite");
      delete process.env.DATA_DIR;
      assert.equal(dataDir(), path.join(process.cwd(), "data"));
    } finally {
      if (saved === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = saved;
    }
  });
});
