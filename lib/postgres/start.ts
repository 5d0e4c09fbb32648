// On a server's start with DATABASE_URL set: the schema is brought up to date before readers
// send anything, and an unreachable database is reported at once rather than at the first form.
import type { InquirySettings } from "../config";
import { INQUIRY_SCHEMA } from "../inquiries/postgres-store";
import { RATE_LIMIT_SCHEMA } from "../inquiries/postgres-rate-limit";
import { VIEW_SCHEMA } from "../views/postgres-store";
import { schemaReady } from "./migrate";
import { databasePool } from "./settings";

export const SCHEMA_PARTS = [INQUIRY_SCHEMA, RATE_LIMIT_SCHEMA, VIEW_SCHEMA] as const;

/** Never throws: pages need no database, and each store tries again on its next call. */
export async function prepareDatabase(settings: InquirySettings): Promise<void> {
  const log = (level: "info" | "error", message: string, cause?: string) =>
    (level === "error" ? console.error : console.log)(JSON.stringify({ level, time: new Date().toISOString(), message, cause }));
  try {
    const pool = databasePool(settings);
    if (!pool) return;
    for (const part of SCHEMA_PARTS) await schemaReady(pool, part);
    log("info", "database schema up to date");
  } catch (error) {
    log("error", "database not ready: forms and page views fail until it is", error instanceof Error ? error.message : String(error));
  }
}
