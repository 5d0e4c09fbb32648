// `npm run bench`: performance figures that tests should not time. Prints a table, writes JSON.
//   --articles N   size of the synthetic corpus (default 1000)
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { toSearchDocument } from "../lib/search/documents";
import { SearchIndex } from "../lib/search/engine";
import { syntheticArticles } from "./bench/synthetic";

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value && Number.isFinite(value) && value > 0 ? value : fallback;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const count = argument("articles", 1000);
const articles = syntheticArticles(count);

let started = performance.now();
const documents = articles.map(toSearchDocument);
const extractMs = performance.now() - started;

started = performance.now();
const index = new SearchIndex(documents);
const indexMs = performance.now() - started;

const QUERIES = ["生成AI", "自治体", "ブロックチェーン 規制", "C#", "web3.0", "機械学習エンジニア", "投資", "サイバー", "ai/ml", "半導体 需要 見通し"];
const timings: number[] = [];
const hitCounts: Record<string, number> = {};
for (let round = 0; round < 20; round++) {
  for (const query of QUERIES) {
    const t0 = performance.now();
    const result = index.search(query, 1);
    timings.push(performance.now() - t0);
    hitCounts[query] = result.total;
  }
}
timings.sort((a, b) => a - b);
const mean = timings.reduce((sum, t) => sum + t, 0) / timings.length;

const rows: [string, string][] = [
  ["articles", String(count)],
  ["search: extract documents", `${extractMs.toFixed(0)} ms`],
  ["search: build index", `${indexMs.toFixed(0)} ms`],
  ["search: query mean", `${mean.toFixed(2)} ms`],
  ["search: query p50", `${percentile(timings, 50).toFixed(2)} ms`],
  ["search: query p99", `${percentile(timings, 99).toFixed(2)} ms`],
  ["search: query max", `${(timings.at(-1) ?? 0).toFixed(2)} ms`],
  ["search: target", "< 20 ms a query"],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join("\n"));
console.log(`\nhits per query: ${JSON.stringify(hitCounts)}`);

const out = path.join(process.cwd(), ".bench", "results.json");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(
  out,
  JSON.stringify({ date: new Date().toISOString(), articles: count, search: { extractMs, indexMs, mean, p50: percentile(timings, 50), p99: percentile(timings, 99) }, hitCounts }, null, 2),
);
console.log(`\n書き出し: ${out}`);
