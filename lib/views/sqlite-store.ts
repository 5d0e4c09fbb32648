// The default page-view store: one SQLite file of hourly counts per article, beside the inquiries'.
import fs from "node:fs";
import type Database from "better-sqlite3";
import { openWritableSqlite, reopeningConnection } from "../sqlite-file";
import { hourBucket } from "./periods";
import { VIEW_RETENTION_HOURS, type ViewCount, type ViewStore } from "./types";

/** Each entry upgrades the schema by one version; PRAGMA user_version records how far a file got. */
const MIGRATIONS: readonly string[] = [
  // One row per article and hour: the table grows with articles read per hour, not with readers.
  `CREATE TABLE page_views (
     slug TEXT NOT NULL,
     hour INTEGER NOT NULL,
     views INTEGER NOT NULL CHECK (views > 0),
     PRIMARY KEY (slug, hour)
   ) WITHOUT ROWID;
   CREATE INDEX page_views_hour ON page_views (hour, slug, views);`,
];

function migrate(db: Database.Database): void {
  if (Number(db.pragma("user_version", { simple: true })) >= MIGRATIONS.length) return;
  db.transaction(() => {
    const version = Number(db.pragma("user_version", { simple: true }));
    for (let next = version; next < MIGRATIONS.length; next += 1) db.exec(MIGRATIONS[next] ?? "");
    if (version < MIGRATIONS.length) db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

export interface SqliteViewStoreOptions {
  /** How long a call waits for a write lock held by another process before it fails. */
  lockWaitMs?: number;
  retentionHours?: number;
}

interface Connection {
  db: Database.Database;
  upsert: Database.Statement<[string, number]>;
  counts: Database.Statement<[number]>;
  prune: Database.Statement<[number]>;
}

function connect(file: string): Connection {
  // NORMAL, not the inquiries' FULL: in WAL mode a crash of the server loses nothing, and a
  // power cut at most the last views, which a count can spare; every view is a write.
  const db = openWritableSqlite(file, "NORMAL");
  try {
    migrate(db);
    return {
      db,
      upsert: db.prepare(
        `INSERT INTO page_views (slug, hour, views) VALUES (?, ?, 1)
         ON CONFLICT (slug, hour) DO UPDATE SET views = views + 1`,
      ),
      counts: db.prepare(
        `SELECT slug, SUM(views) AS views FROM page_views WHERE hour >= ?
         GROUP BY slug ORDER BY views DESC, slug ASC`,
      ),
      prune: db.prepare("DELETE FROM page_views WHERE hour < ?"),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

function toViewCount(value: unknown): ViewCount {
  if (typeof value !== "object" || value === null || !("slug" in value) || !("views" in value)) {
    throw new Error("page_views: 行を読めません");
  }
  const { slug, views } = value;
  if (typeof slug !== "string") throw new Error("page_views.slug: 文字列ではありません");
  return { slug, views: Number(views) };
}

/**
 * Opening never throws: the folder, the file and the schema are made on first write. Reading a
 * file that does not exist yet answers no views and creates nothing (a build renders the front
 * page's ranking with whatever DATA_DIR holds, usually nothing).
 */
export function openSqliteViewStore(file: string, options: SqliteViewStoreOptions = {}): ViewStore {
  const lockWaitMs = options.lockWaitMs ?? 5000;
  const retentionHours = options.retentionHours ?? VIEW_RETENTION_HOURS;
  const connection = reopeningConnection(file, connect, lockWaitMs);
  const { use } = connection;
  let prunedBefore = -Infinity;

  return {
    recordView: (slug, at) =>
      use(({ upsert, prune }) => {
        const hour = hourBucket(at);
        upsert.run(slug, hour);
        // Once per hour and process is enough: the rows of one hour are few.
        const oldest = hour - retentionHours + 1;
        if (oldest > prunedBefore) {
          prune.run(oldest);
          prunedBefore = oldest;
        }
      }),
    countViews: async (since) => {
      if (!connection.isOpen() && file !== ":memory:" && !fs.existsSync(file)) return [];
      return use(({ counts }) => counts.all(hourBucket(since)).map(toViewCount));
    },
    async close() {
      connection.close();
    },
  };
}
