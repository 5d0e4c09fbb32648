// `npm run test:unit [-- --test-name-pattern=…]`: every *.test.ts below lib/ and scripts/, through
// Node's test runner with tsx. Node 20 takes the paths given to --test literally (globs only from
// Node 21) and sh's `*` stops at one folder, so the files are found here, and none found fails.
// The stores' tests run against a real PostgreSQL server: one is started here for the whole run
// (Debian's package, installed when missing, as the e2e tests do with Chromium).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ensurePostgresInstalled, startTemporaryPostgres } from "../lib/testing/postgres";

const ROOTS = ["lib", "scripts"];

function testFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".test.ts"))
    .map((file) => path.join(root, file));
}

const files = ROOTS.flatMap(testFiles).sort();
if (files.length === 0) {
  console.error(`単体テストが見つかりません（${ROOTS.map((root) => `${root}/**/*.test.ts`).join("、")}）。作業フォルダーがリポジトリの最上位か確認してください。`);
  process.exit(1);
}

ensurePostgresInstalled();
const postgres = await startTemporaryPostgres();
console.log(`test:unit: PostgreSQL for the store tests at ${postgres.url}`);

const tsx = createRequire(import.meta.url).resolve("tsx/cli");
// Options given after `--` (a name pattern, a reporter) go to the test runner.
const result = spawnSync(process.execPath, [tsx, "--test", ...process.argv.slice(2), ...files], {
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE_URL: postgres.url },
});
postgres.remove();
if (result.error) throw result.error;
process.exit(result.status ?? 1);
