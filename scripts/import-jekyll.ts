// `npm run import:jekyll -- <Jekyll site or its _posts> [--force]`: copies posts into content/articles.
import path from "node:path";
import { parseArgs } from "node:util";
import { contentRoot } from "../lib/content";
import { formatImportReport, importJekyll } from "../lib/jekyll/import";

const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
const source = positionals[0];
if (!source) {
  console.error("Jekyll のサイトか _posts フォルダを指定してください: npm run import:jekyll -- ../my-blog [--force]");
  process.exit(2);
}

const report = importJekyll({
  source,
  contentRoot: contentRoot(),
  publicDir: path.join(process.cwd(), "public"),
  force: values.force,
});
console.log(formatImportReport(report).join("\n"));
process.exit(report.ok ? 0 : 1);
