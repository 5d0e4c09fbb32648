// `npm run check:content -- [--strict] [--json] [path]`: errors and warnings as
// `path:line: rule: reason`, then a summary; exit 1 on any error (with --strict, on any warning).
// `--build` (the prebuild step) leaves the bodies of published articles to `next build`, which
// compiles them anyway and fails with the same lines: compiling them twice doubled that cost.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { contentRoot } from "../lib/content";
import { exitCode, reportJson, reportLines } from "../lib/lint/report";
import { checkSite } from "../lib/lint/run";

const { values, positionals } = parseArgs({
  options: { strict: { type: "boolean", default: false }, json: { type: "boolean", default: false }, build: { type: "boolean", default: false } },
  allowPositionals: true,
});
const target = positionals[0];
if (target !== undefined && !fs.existsSync(target)) {
  console.error(`${target} が見つかりません`);
  process.exit(2);
}

const check = await checkSite({ root: contentRoot(), target, forBuild: values.build });
if (target !== undefined && check.files === 0) {
  console.error(`${target} に確認できる記事や求人がありません（${contentRoot()} の articles/ か jobs/ の中を指定してください）`);
  process.exit(2);
}
const code = exitCode(check, values.strict);
if (values.json) console.log(reportJson(check));
else (code === 0 ? console.log : console.error)(reportLines(check).join("\n"));
process.exit(code);
