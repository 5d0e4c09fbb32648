// Whether the site writes to PostgreSQL, and through which pool: DATABASE_URL decides.
import type { Pool } from "pg";
import type { InquirySettings } from "../config";
import { sharedPool } from "./pool";

/** The process's pool when `DATABASE_URL` is set, else null (the SQLite files are used). */
export function databasePool(settings: InquirySettings): Pool | null {
  if (!settings.databaseUrl) return null;
  if (!/^postgres(?:ql)?:\/\//i.test(settings.databaseUrl)) {
    throw new Error("DATABASE_URL は postgres:// または postgresql:// で始まる PostgreSQL の接続先にしてください（例: postgres://user:password@db:5432/site）");
  }
  return sharedPool({ url: settings.databaseUrl, size: settings.databasePoolSize });
}
