// What every inquiry store promises, checked against the SQLite file and a real PostgreSQL server.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { BACKENDS, freshStorages, type Storage } from "../testing/storage-backends";
import type { InquiryKind } from "./fields";
import { openPostgresInquiryStore } from "./postgres-store";
import { openSqliteInquiryStore } from "./sqlite-store";
import type { InquiryStore } from "./types";
import { sampleInquiry } from "../testing/inquiries";

const inquiry = sampleInquiry;

/** Another host on the same data: a pool of its own, or a connection of its own to the file. */
function openHost(storage: Storage): InquiryStore {
  const pool = storage.newPool();
  if (pool) return openPostgresInquiryStore(pool);
  if (!storage.sqliteFile) throw new Error("a storage without a file or a pool");
  return openSqliteInquiryStore(storage.sqliteFile);
}

for (const backend of BACKENDS) {
  describe(`inquiry store contract: ${backend.name}`, () => {
    const fresh = freshStorages(backend);

    test("stores, lists oldest first and filters by kind and time", async () => {
      const store = openHost(await fresh());
      const first = await store.saveInquiry(inquiry("submission-0000000001"));
      const recruiter = {
        kind: "recruiters" as const,
        answers: { company: "株式会社テスト & Co.", positions: "MLエンジニア 2名\n'; DROP TABLE inquiries; --" },
        createdAt: new Date("2026-05-02T00:00:00.123Z"),
      };
      const second = await store.saveInquiry(inquiry("submission-0000000002", recruiter));
      assert.equal(first.status, "stored");
      assert.equal(second.status, "stored");
      assert.ok(second.inquiry.id > first.inquiry.id);
      assert.deepEqual(second.inquiry, { ...inquiry("submission-0000000002"), ...recruiter, id: second.inquiry.id });

      assert.deepEqual((await store.listInquiries()).map((row) => row.submissionId), ["submission-0000000001", "submission-0000000002"]);
      assert.deepEqual((await store.listInquiries({ kind: "recruiters" })).map((row) => row.id), [second.inquiry.id]);
      assert.equal(await store.countInquiries({ since: new Date("2026-05-01T12:00:00Z") }), 1);
      assert.equal(await store.countInquiries({ kind: "freelance" }), 0);
      await store.close();
    });

    test("the same submission id is stored once and answers with the first row", async () => {
      const store = openHost(await fresh());
      const first = await store.saveInquiry(inquiry("submission-dup-000001"));
      const again = await store.saveInquiry(inquiry("submission-dup-000001", { name: "別の名前" }));
      assert.equal(again.status, "duplicate");
      assert.deepEqual(again.inquiry, first.inquiry);
      assert.equal(await store.countInquiries(), 1);
    });

    test("two hosts starting on empty storage at once: both work, 200 submissions each sent through both are 200 rows", async () => {
      const storage = await fresh();
      const hosts = [openHost(storage), openHost(storage)] as const;
      // The first calls of both race to create the schema.
      assert.deepEqual(await Promise.all(hosts.map((host) => host.countInquiries())), [0, 0]);
      const ids = Array.from({ length: 200 }, (_, index) => `concurrent-${String(index).padStart(6, "0")}`);
      const results = await Promise.all(ids.flatMap((id) => hosts.map((host) => host.saveInquiry(inquiry(id)))));
      assert.equal(results.filter((result) => result.status === "stored").length, 200);
      assert.equal(results.filter((result) => result.status === "duplicate").length, 200);
      assert.equal(await hosts[1].countInquiries(), 200);
      assert.deepEqual(new Set((await hosts[0].listInquiries()).map((row) => row.submissionId)), new Set(ids));
    });

    test("a kind the forms do not have is refused by the database itself", async () => {
      const store = openHost(await fresh());
      await assert.rejects(store.saveInquiry(inquiry("submission-bad-kind-01", { kind: "spam" as InquiryKind })), /check|constraint/i);
      assert.equal(await store.countInquiries(), 0);
    });
  });
}
