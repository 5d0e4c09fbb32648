// Where page views are kept: a SQLite file beside the inquiries', or PostgreSQL for several hosts.
// The route, the ranking and the tests only use the ViewStore interface (types.ts).
import path from "node:path";
import { databasePool } from "../postgres/settings";
import { processStore } from "../process-store";
import { getConfig, type InquirySettings } from "../config";
import { dataDir } from "../inquiries/store";
import { openPostgresViewStore } from "./postgres-store";
import { openSqliteViewStore } from "./sqlite-store";
import type { ViewStore } from "./types";

// A file of its own rather than a table in inquiries.sqlite: every view is a write, and sharing a
// file would have readers' views queue behind (and ahead of) inquiries for the one write lock; the
// inquiries' file holds personal data and is backed up and kept private, counts are neither.
const VIEW_DATABASE_FILE = "views.sqlite";

export function viewDatabasePath(directory = dataDir()): string {
  return path.join(directory, VIEW_DATABASE_FILE);
}

/** PostgreSQL when `DATABASE_URL` is set, so every host's views add up; else the SQLite file. */
export function openViewStore(settings: InquirySettings = getConfig().inquiries): ViewStore {
  const pool = databasePool(settings);
  return pool ? openPostgresViewStore(pool) : openSqliteViewStore(viewDatabasePath(dataDir(settings)));
}

const STORE_KEY = Symbol.for("tech-career-media.view-store");

function unavailableStore(error: unknown): ViewStore {
  const fail = () => Promise.reject(error);
  return { recordView: fail, countViews: fail, close: async () => {} };
}

/**
 * One store per server process, on globalThis because the view route, the ranking route and the
 * front page are separate bundles. Never throws: a failing store fails each call instead.
 */
export function getViewStore(settings: InquirySettings = getConfig().inquiries): ViewStore {
  return processStore(STORE_KEY, () => openViewStore(settings), unavailableStore);
}
