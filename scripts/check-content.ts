// `npm run check:content -- [--strict] [--json] [path]`: errors and warnings as
// `path:line: rule: reason`, then a summary; exit 1 on any error (with --strict, on any warning).
// Bodies are compiled to check them; each result is kept (by file, text and code) in the build
// output's cache/ folder, so a check after an editor's change compiles only what changed. So are
// the findings of the lint rules that read one article alone.
import fs from "node:fs";
import { parseArgs } from "node:util";
import path from "node:path";
import { getConfig, retiredSettingNotices } from "../lib/config";
import { contentRoot } from "../lib/content";
import { fileBodyCheckCache, fileProblemCache } from "../lib/content/problem-cache";
import { exitCode, reportJson, reportLines } from "../lib/lint/report";
import { articleOnlyInputs, checkSite } from "../lib/lint/run";
import { codeFingerprint } from "./build/fingerprint";
import { parallelBodyChecker } from "./check/parallel-bodies";

const { values, positionals } = parseArgs({
  options: { strict: { type: "boolean", default: false }, json: { type: "boolean", default: false } },
  allowPositionals: true,
});
const target = positionals[0];
if (target !== undefined && !fs.existsSync(target)) {
  console.error(`${target} が見つかりません`);
  process.exit(2);
}

for (const notice of retiredSettingNotices(process.env)) console.warn(`注意: ${notice}`);

const fingerprint = codeFingerprint(process.cwd());
const cacheDir = path.join(getConfig().distDir, "cache");
const bodyCache = fileBodyCheckCache(path.join(cacheDir, "content-check.json"), fingerprint);
const lintCache = fileProblemCache(path.join(cacheDir, "content-lint.json"), fingerprint, articleOnlyInputs);
const check = await checkSite({ root: contentRoot(), target, bodyCache, lintCache, bodyChecker: parallelBodyChecker() });
// A check of one file or folder must not make the next full check (the build's) start over.
bodyCache.save({ keepUnchecked: target !== undefined });
lintCache.save({ keepUnchecked: target !== undefined });
if (target !== undefined && check.files === 0) {
  console.error(`${target} に確認できる記事や求人がありません（${contentRoot()} の articles/、jobs/、authors/ の中を指定してください）`);
  process.exit(2);
}
const code = exitCode(check, values.strict);
if (values.json) console.log(reportJson(check));
else (code === 0 ? console.log : console.error)(reportLines(check).join("\n"));
process.exit(code);
