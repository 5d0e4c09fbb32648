// What every page-view store promises, checked against the SQLite file and a real PostgreSQL server.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { BACKENDS, freshStorages, type Storage } from "../testing/storage-backends";
import { periodStart } from "./periods";
import { openPostgresViewStore } from "./postgres-store";
import { openSqliteViewStore } from "./sqlite-store";
import type { ViewStore } from "./types";

const NOW = new Date("2026-12-03T06:30:00Z");
const HOUR = 3_600_000;

function at(hoursAgo: number): Date {
  return new Date(NOW.getTime() - hoursAgo * HOUR);
}

function openHost(storage: Storage, options: { retentionHours?: number } = {}): ViewStore {
  const pool = storage.newPool();
  if (pool) return openPostgresViewStore(pool, options);
  if (!storage.sqliteFile) throw new Error("a storage without a file or a pool");
  return openSqliteViewStore(storage.sqliteFile, options);
}

for (const backend of BACKENDS) {
  describe(`view store contract: ${backend.name}`, () => {
    const fresh = freshStorages(backend);

    test("no views yet: an empty ranking, not an error", async () => {
      assert.deepEqual(await openHost(await fresh()).countViews(at(24)), []);
    });

    test("sums views from the hour `since` falls in, most viewed first, ties by slug in code-point order", async () => {
      const store = openHost(await fresh());
      const views = [["old", 30], ["old", 30], ["old", 30], ["b", 2], ["b", 0], ["a", 1], ["a", 0], ["c", 23], ["生成ai", 0], ["Z", 0]] as const;
      for (const [slug, hoursAgo] of views) await store.recordView(slug, at(hoursAgo));
      assert.deepEqual(await store.countViews(periodStart("24h", NOW)), [
        { slug: "a", views: 2 },
        { slug: "b", views: 2 },
        { slug: "Z", views: 1 },
        { slug: "c", views: 1 },
        { slug: "生成ai", views: 1 },
      ]);
      assert.deepEqual((await store.countViews(periodStart("7d", NOW)))[0], { slug: "old", views: 3 });
    });

    test("a window starts at the top of an hour: 00:00 of the oldest hour is in, a millisecond before is out", async () => {
      const store = openHost(await fresh());
      const start = periodStart("24h", NOW);
      await store.recordView("in", start);
      await store.recordView("out", new Date(start.getTime() - 1));
      assert.deepEqual(await store.countViews(start), [{ slug: "in", views: 1 }]);
    });

    test("forgets hours older than the retention when a newer hour is written", async () => {
      const store = openHost(await fresh(), { retentionHours: 48 });
      await store.recordView("kept", at(47));
      await store.recordView("gone", at(100));
      assert.equal((await store.countViews(new Date(0))).length, 2);
      await store.recordView("new", NOW);
      assert.deepEqual((await store.countViews(new Date(0))).map((count) => count.slug).sort(), ["kept", "new"]);
    });

    test("views of two hosts add up: 400 concurrent views, none lost", async () => {
      const storage = await fresh();
      const hosts = [openHost(storage), openHost(storage)] as const;
      await Promise.all(Array.from({ length: 400 }, (_, index) => hosts[index % 2]?.recordView(`s${index % 7}`, NOW)));
      const total = (await hosts[0].countViews(at(1))).reduce((sum, count) => sum + count.views, 0);
      assert.equal(total, 400);
    });
  });
}
