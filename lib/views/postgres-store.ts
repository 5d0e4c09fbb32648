// The page-view store for several hosts: the SQLite file's hourly counts (sqlite-store.ts) in the
// shared PostgreSQL database, so every host's views add up to one ranking.
import type { Pool } from "pg";
import { schemaReady, type SchemaPart } from "../postgres/migrate";
import { hourBucket } from "./periods";
import { VIEW_RETENTION_HOURS, type ViewCount, type ViewStore } from "./types";

export const VIEW_SCHEMA: SchemaPart = {
  name: "views",
  migrations: [
    // One row per article and hour: the table grows with articles read per hour, not with readers.
    `CREATE TABLE page_views (
       slug TEXT NOT NULL,
       hour INTEGER NOT NULL,
       views BIGINT NOT NULL CHECK (views > 0),
       PRIMARY KEY (slug, hour)
     );
     CREATE INDEX page_views_hour ON page_views (hour, slug, views);`,
  ],
};

export interface PostgresViewStoreOptions {
  retentionHours?: number;
}

export function openPostgresViewStore(pool: Pool, options: PostgresViewStoreOptions = {}): ViewStore {
  const retentionHours = options.retentionHours ?? VIEW_RETENTION_HOURS;
  const ready = () => schemaReady(pool, VIEW_SCHEMA);
  let prunedBefore = -Infinity;
  return {
    async recordView(slug, at) {
      await ready();
      const hour = hourBucket(at);
      // One statement: concurrent views of one article and hour from any host add up, none lost.
      await pool.query(
        `INSERT INTO page_views (slug, hour, views) VALUES ($1, $2, 1)
         ON CONFLICT (slug, hour) DO UPDATE SET views = page_views.views + 1`,
        [slug, hour],
      );
      // Once per hour and host is enough: the rows of one hour are few.
      const oldest = hour - retentionHours + 1;
      if (oldest > prunedBefore) {
        prunedBefore = oldest;
        await pool.query("DELETE FROM page_views WHERE hour < $1", [oldest]);
      }
    },
    async countViews(since): Promise<ViewCount[]> {
      await ready();
      const { rows } = await pool.query<{ slug: string; views: string }>(
        `SELECT slug, SUM(views) AS views FROM page_views WHERE hour >= $1
         GROUP BY slug ORDER BY SUM(views) DESC, slug COLLATE "C" ASC`,
        [hourBucket(since)],
      );
      return rows.map((row) => ({ slug: row.slug, views: Number(row.views) }));
    },
    // The pool is the process's, shared with the other stores: closing a store leaves it open.
    async close() {},
  };
}
