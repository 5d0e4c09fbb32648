// `npm run bench`: performance figures that tests should not time. Prints a table, writes JSON.
//   --articles N    size of the synthetic corpus (default 1000)
//   --duration S    seconds of load per server (default 10)
//   --skip-build    reuse the build in .next-bench and report its recorded figures
//   --rebuild       then add one article and build again, edit one and build again
//   --only search   the in-memory search measurement alone (seconds, no build)
//   --only inquiries  POST /api/inquiries under load on the last bench build: SQLite on one host,
//                   PostgreSQL (a temporary server) on two
// The site's own content and `.next` are never touched: the corpus goes to a temporary folder
// and the build to `.next-bench`, so the benchmark can run beside other builds and tests.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { measureInquiryLoad } from "./bench/inquiry-load";
import { parseOptions } from "./bench/options";
import { killAll } from "./bench/processes";
import { measureRateLimiter } from "./bench/rate-limit";
import { inquiryLoadRows, machineRows, rateLimitRows, searchRows, siteRows, viewRows } from "./bench/report";
import { measureSearch } from "./bench/search";
import { measureSite, removeTemporaryFolders } from "./bench/site";
import { formatTable } from "./bench/table";

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const repo = process.cwd();
  if (options.onlyInquiries) {
    const figures = await measureInquiryLoad(repo, options.durationSeconds);
    console.log(`\n${formatTable(inquiryLoadRows(figures))}`);
    const out = path.join(repo, ".bench", "inquiries.json");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine: { cpus: os.cpus().length, load: os.loadavg() }, figures }, null, 2));
    console.log(`\n書き出し: ${out}`);
    return;
  }
  const loadBefore = os.loadavg()[0] ?? 0;
  const articles = options.articles;

  console.log(`検索: ${articles} 件（メモリ内）`);
  const search = measureSearch(articles);
  const rateLimit = measureRateLimiter();
  const site = options.onlySearch ? null : await measureSite(repo, articles, options.durationSeconds, options.skipBuild, options.rebuild);
  const loadAfter = os.loadavg()[0] ?? 0;

  const rows = [...machineRows(articles, loadBefore, loadAfter), ...searchRows(search), ...rateLimitRows(rateLimit), ...(site ? [...siteRows(articles, site), ...viewRows(site.views)] : [])];
  console.log(`\n${formatTable(rows)}`);
  console.log(`\nhits per query: ${JSON.stringify(search.hitCounts)}`);
  console.log(`hits per worst query: ${JSON.stringify(search.worst.hitCounts)}`);

  const out = path.join(repo, ".bench", "results.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), options, machine: { cpus: os.cpus().length, totalMemoryBytes: os.totalmem(), node: process.version, loadBefore, loadAfter }, rows, search, rateLimit, site }, null, 2));
  console.log(`\n書き出し: ${out}`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // Say so: a run stopped from outside otherwise ends silently, looking like a hang or a crash.
    console.error(`\n${signal} を受け取りました。起動したプロセスと一時フォルダを片付けて終了します`);
    killAll();
    removeTemporaryFolders();
    process.exit(130);
  });
}
process.on("exit", killAll);

try {
  await main();
} catch (error) {
  killAll();
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
