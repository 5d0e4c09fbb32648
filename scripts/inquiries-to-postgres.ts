// `DATABASE_URL=postgres://… npm run inquiries:to-postgres [-- --from data/inquiries.sqlite]`: moves
// the inquiries of the SQLite file a single host kept into PostgreSQL, before or after switching
// the hosts over; safe to run again (it stores each submission once) and says what it did.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { getConfig } from "../lib/config";
import { moveInquiries } from "../lib/inquiries/move";
import { openPostgresInquiryStore } from "../lib/inquiries/postgres-store";
import { openSqliteInquiryStore } from "../lib/inquiries/sqlite-store";
import { inquiryDatabasePath } from "../lib/inquiries/store";
import { closeSharedPools } from "../lib/postgres/pool";
import { databasePool } from "../lib/postgres/settings";

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = parseArgs({ options: { from: { type: "string" } } });
const file = path.resolve(values.from ?? inquiryDatabasePath());
if (!fs.existsSync(file)) fail(`SQLite のデータベースが見つかりません: ${file}（--from で指定するか、サイトと同じ DATA_DIR を指定してください）`);

let pool;
try {
  pool = databasePool(getConfig().inquiries);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (!pool) fail("移す先の PostgreSQL を DATABASE_URL に指定してください（例: DATABASE_URL=postgres://user:password@db:5432/site）");

const source = openSqliteInquiryStore(file);
try {
  const report = await moveInquiries(source, openPostgresInquiryStore(pool));
  console.log(`${file} から PostgreSQL へ ${report.moved} 件のお問い合わせを移しました（移行先にすでにあった ${report.alreadyThere} 件はそのままです）`);
} catch (error) {
  fail(`移行が途中で止まりました（もう一度実行すると続きから移します）: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await source.close();
  await closeSharedPools();
}
