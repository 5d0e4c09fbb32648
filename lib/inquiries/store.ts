// Where inquiries are kept. Routes, the export script and the tests only use the InquiryStore
// interface (types.ts), so a server database can replace the embedded SQLite file without touching
// them (see README).
import path from "node:path";
import { processStore } from "../process-store";
import { getConfig, type InquirySettings } from "../config";
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

export function openInquiryStore(settings: InquirySettings = getConfig().inquiries): InquiryStore {
  if (settings.databaseUrl) {
    // The seam for several hosts: see "Running on several hosts" in README.md.
    throw new Error(
      "DATABASE_URL が設定されていますが、サーバー型データベースの保存先はまだ実装されていません。" +
        "InquiryStore（lib/inquiries/types.ts）を実装して lib/inquiries/store.ts の openInquiryStore から返すか、DATABASE_URL を外して SQLite を使ってください。",
    );
  }
  return openSqliteInquiryStore(inquiryDatabasePath(dataDir(settings)));
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
