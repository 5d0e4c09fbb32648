import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { configFromEnv } from "../config";
import { tempDir } from "../testing/temp-files";
import { bucketStart, hourBucket, periodStart } from "./periods";
import { openSqliteViewStore } from "./sqlite-store";
import { openViewStore, viewDatabasePath } from "./store";

const NOW = new Date("2026-12-03T06:30:00Z");
const HOUR = 3_600_000;

function at(hoursAgo: number): Date {
  return new Date(NOW.getTime() - hoursAgo * HOUR);
}

describe("SQLite view store", () => {
  test("reading before any view creates nothing and answers no views", async () => {
    const file = path.join(tempDir("views-"), "data", "views.sqlite");
    const store = openSqliteViewStore(file);
    assert.deepEqual(await store.countViews(at(24)), []);
    assert.equal(fs.existsSync(file), false);
    await store.close();
  });

  test("creates the folder and the file on the first view, one row per article and hour", async () => {
    const file = path.join(tempDir("views-"), "data", "views.sqlite");
    const store = openSqliteViewStore(file);
    await store.recordView("a", NOW);
    await store.recordView("a", new Date(NOW.getTime() + 60_000));
    await store.recordView("a", at(1));
    await store.recordView("b", NOW);
    await store.close();
    const db = new Database(file, { readonly: true });
    const rows = db.prepare("SELECT slug, hour, views FROM page_views ORDER BY slug, hour").all();
    db.close();
    assert.deepEqual(rows, [
      { slug: "a", hour: hourBucket(at(1)), views: 1 },
      { slug: "a", hour: hourBucket(NOW), views: 2 },
      { slug: "b", hour: hourBucket(NOW), views: 1 },
    ]);
    // Nothing but slugs, hours and counts: no address, no time finer than the hour.
    assert.deepEqual(Object.keys(rows[0] ?? {}), ["slug", "hour", "views"]);
  });

  test("sums views from the hour `since` falls in, most viewed first, ties by slug", async () => {
    const store = openSqliteViewStore(path.join(tempDir("views-"), "views.sqlite"));
    for (const [slug, hoursAgo] of [["old", 30], ["old", 30], ["old", 30], ["b", 2], ["b", 0], ["a", 1], ["a", 0], ["c", 23]] as const) {
      await store.recordView(slug, at(hoursAgo));
    }
    assert.deepEqual(await store.countViews(periodStart("24h", NOW)), [
      { slug: "a", views: 2 },
      { slug: "b", views: 2 },
      { slug: "c", views: 1 },
    ]);
    assert.deepEqual(await store.countViews(periodStart("7d", NOW)), [
      { slug: "old", views: 3 },
      { slug: "a", views: 2 },
      { slug: "b", views: 2 },
      { slug: "c", views: 1 },
    ]);
    await store.close();
  });

  test("a window starts at the top of an hour: a view at 00:00 of the oldest bucket is in, 23:59 before is out", async () => {
    const store = openSqliteViewStore(path.join(tempDir("views-"), "views.sqlite"));
    const start = periodStart("24h", NOW);
    assert.equal(start.toISOString(), "2026-12-02T07:00:00.000Z");
    await store.recordView("in", start);
    await store.recordView("out", new Date(start.getTime() - 1));
    assert.deepEqual(await store.countViews(start), [{ slug: "in", views: 1 }]);
    assert.equal(periodStart("7d", NOW).toISOString(), "2026-11-26T07:00:00.000Z");
    assert.equal(bucketStart(hourBucket(NOW)).toISOString(), "2026-12-03T06:00:00.000Z");
    await store.close();
  });

  test("forgets hours older than the retention when a newer hour is written", async () => {
    const store = openSqliteViewStore(path.join(tempDir("views-"), "views.sqlite"), { retentionHours: 48 });
    await store.recordView("kept", at(47));
    // Older than the newest hour written so far: nothing is pruned for it.
    await store.recordView("gone", at(100));
    assert.equal((await store.countViews(new Date(0))).length, 2);
    await store.recordView("new", NOW);
    assert.deepEqual((await store.countViews(new Date(0))).map((count) => count.slug).sort(), ["kept", "new"]);
    await store.close();
  });

  test("counts every one of many concurrent views, also from two connections to one file", async () => {
    const file = path.join(tempDir("views-"), "views.sqlite");
    const first = openSqliteViewStore(file);
    const second = openSqliteViewStore(file);
    await Promise.all(Array.from({ length: 400 }, (_, index) => (index % 2 === 0 ? first : second).recordView(`s${index % 7}`, NOW)));
    const total = (await first.countViews(at(1))).reduce((sum, count) => sum + count.views, 0);
    assert.equal(total, 400);
    await Promise.all([first.close(), second.close()]);
  });

  test("a file of its own in DATA_DIR, beside the inquiries'", () => {
    const settings = configFromEnv({ DATA_DIR: "/srv/site-data" }).inquiries;
    assert.equal(viewDatabasePath("/srv/site-data"), path.join("/srv/site-data", "views.sqlite"));
    assert.throws(() => openViewStore({ ...settings, databaseUrl: "mysql://db/site" }), /DATABASE_URL/);
  });
});
