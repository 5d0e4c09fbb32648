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

  // Sums, ties, retention and concurrent writers from two connections: store-contract.test.ts.

  test("a file of its own in DATA_DIR, beside the inquiries'", () => {
    const settings = configFromEnv({ DATA_DIR: "/srv/site-data" }).inquiries;
    assert.equal(viewDatabasePath("/srv/site-data"), path.join("/srv/site-data", "views.sqlite"));
    assert.throws(() => openViewStore({ ...settings, databaseUrl: "mysql://db/site" }), /DATABASE_URL/);
  });
});
