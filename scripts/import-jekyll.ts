// `npm run import:jekyll -- <Jekyll site or its _posts> [--force] [--category-map 旧=新 …]`:
// copies posts into content/articles.
import path from "node:path";
import { parseArgs } from "node:util";
import { contentRoot } from "../lib/content";
import { formatImportReport, importJekyll } from "../lib/jekyll/import";

const USAGE = "npm run import:jekyll -- ../my-blog [--force] [--category-map 旧カテゴリ=新カテゴリ]";

const { values, positionals } = parseArgs({
  options: {
    force: { type: "boolean", default: false },
    "category-map": { type: "string", multiple: true, default: [] },
  },
  allowPositionals: true,
});
const source = positionals[0];
if (!source) {
  console.error(`Jekyll のサイトか _posts フォルダを指定してください: ${USAGE}`);
  process.exit(2);
}

const categoryMap = new Map<string, string>();
for (const pair of values["category-map"]) {
  const [from = "", ...rest] = pair.split("=");
  const to = rest.join("=").trim();
  if (from.trim() === "" || to === "") {
    console.error(`--category-map は「旧カテゴリ=新カテゴリ」の形で書いてください（「${pair}」）: ${USAGE}`);
    process.exit(2);
  }
  categoryMap.set(from.trim(), to);
}

const report = importJekyll({
  source,
  contentRoot: contentRoot(),
  publicDir: path.join(process.cwd(), "public"),
  force: values.force,
  categoryMap,
});
console.log(formatImportReport(report).join("\n"));
process.exit(!report.ok || report.posts.some((post) => post.failed) ? 1 : 0);
