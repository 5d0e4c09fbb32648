// `npm run inquiries:export -- [--out file.csv] [--kind career|recruiters|freelance] [--since 2026-05-01]`:
// the stored inquiries as CSV for the recruiting team (UTF-8 with BOM, opens in Excel).
// Without --out it writes inquiries-<date>.csv here; `--out -` writes to standard output.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { getConfig } from "../lib/config";
import { parseContentDate, toJstIsoString } from "../lib/dates";
import { inquiriesToCsv } from "../lib/inquiries/csv";
import { INQUIRY_KINDS, isInquiryKind } from "../lib/inquiries/fields";
import { inquiryDatabasePath, openInquiryStore } from "../lib/inquiries/store";
import { closeSharedPools } from "../lib/postgres/pool";

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = parseArgs({
  options: { out: { type: "string" }, kind: { type: "string" }, since: { type: "string" } },
});

if (values.kind !== undefined && !isInquiryKind(values.kind)) {
  fail(`--kind は ${INQUIRY_KINDS.join(" / ")} のどれかを指定してください`);
}
const kind = isInquiryKind(values.kind) ? values.kind : undefined;
let since: Date | undefined;
if (values.since !== undefined) {
  const parsed = parseContentDate(values.since);
  if (!parsed.ok) fail(`--since: ${parsed.reason}`);
  since = parsed.date;
}

const usesSqlite = !getConfig().inquiries.databaseUrl;
// Opening would create an empty database; a missing file almost always means the wrong DATA_DIR.
if (usesSqlite && !fs.existsSync(inquiryDatabasePath())) {
  fail(`データベースが見つかりません: ${inquiryDatabasePath()}（サイトと同じ DATA_DIR を指定してください）`);
}

const store = openInquiryStore();
try {
  const inquiries = await store.listInquiries({ kind, since });
  const csv = inquiriesToCsv(inquiries);
  if (values.out === "-") {
    process.stdout.write(csv);
  } else {
    const today = toJstIsoString(new Date()).slice(0, 10).replaceAll("-", "");
    const out = path.resolve(values.out ?? `inquiries-${today}.csv`);
    fs.writeFileSync(out, csv, { encoding: "utf8", mode: 0o600 });
    console.error(`${inquiries.length}件のお問い合わせを書き出しました: ${out}`);
  }
} catch (error) {
  // The database is down or the setting is wrong: say which, without a stack trace.
  fail(`お問い合わせを読めませんでした: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await store.close();
  await closeSharedPools();
}
