// Where inquiries are kept: the embedded SQLite file, or PostgreSQL for several hosts. Routes, the
// export script and the tests only use the InquiryStore interface (types.ts) and never know which.
import path from "node:path";
import { databasePool } from "../postgres/settings";
import { processStore } from "../process-store";
import { getConfig, type InquirySettings } from "../config";
import { openPostgresInquiryStore } from "./postgres-store";
import { createPostgresRateLimiter } from "./postgres-rate-limit";
import { createRateLimiter, type RateLimiter } from "./rate-limit";
import { openSqliteInquiryStore } from "./sqlite-store";
import type { InquiryStore } from "./types";

const INQUIRY_DATABASE_FILE = "inquiries.sqlite";

/** The folder holding the database: `DATA_DIR`, else `./data` below the working directory. */
export function dataDir(settings: InquirySettings = getConfig().inquiries): string {
  return path.resolve(/*turbopackIgnore: true*/ settings.dataDir ?? path.join(process.cwd(), "data"));
}

export function inquiryDatabasePath(directory = dataDir()): string {
  return path.join(directory, INQUIRY_DATABASE_FILE);
}

/** PostgreSQL when `DATABASE_URL` is set (several hosts), else the SQLite file in the data folder. */
export function openInquiryStore(settings: InquirySettings = getConfig().inquiries): InquiryStore {
  const pool = databasePool(settings);
  return pool ? openPostgresInquiryStore(pool) : openSqliteInquiryStore(inquiryDatabasePath(dataDir(settings)));
}

/**
 * The inquiry rate limit: in this process's memory for one host; in PostgreSQL when there is one,
 * so that every host counts the same attempts.
 */
export function openRateLimiter(settings: InquirySettings = getConfig().inquiries): RateLimiter {
  try {
    const pool = databasePool(settings);
    return pool ? createPostgresRateLimiter(pool, settings.rateLimit) : createRateLimiter(settings.rateLimit);
  } catch (error) {
    // A DATABASE_URL that cannot be used fails each submission like a failed save, never the page.
    return { attempt: () => Promise.reject(error) };
  }
}

const STORE_KEY = Symbol.for("tech-career-media.inquiry-store");

/** Stands in for a store that cannot be set up, so a submission fails like any other save. */
function unavailableStore(error: unknown): InquiryStore {
  const fail = () => Promise.reject(error);
  return { saveInquiry: fail, listInquiries: fail, countInquiries: fail, close: async () => {} };
}

/**
 * One store per server process. It lives on globalThis because Next bundles the form's server
 * action and the API route separately, and each bundle would otherwise open its own connection.
 * Never throws: a form must be able to answer with the reader's text even when storage is broken.
 * `settings` are those it is opened with when none is open; closing it lets the next call open one
 * with others (the tests do).
 */
export function getInquiryStore(settings: InquirySettings = getConfig().inquiries): InquiryStore {
  return processStore(STORE_KEY, () => openInquiryStore(settings), unavailableStore);
}
