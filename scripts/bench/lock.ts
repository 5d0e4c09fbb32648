// `npm run bench:lock -- [--dist .next] [--app .] [--seconds 10] [--connections 10]`: article
// latency while another process (an operator's `sqlite3` shell, a second container on the same
// volume) holds the inquiry database's write lock and readers keep submitting. Uses an existing
// build (`--dist`, relative to `--app`) and a temporary DATA_DIR; prints a table and writes
// .bench/lock.json.
import autocannon from "autocannon";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { inquiryDatabasePath } from "../../lib/inquiries/store";
import { killAll, sleep, start, stop } from "./processes";
import { nextStart } from "./server";
import { atMost, formatTable, info, ms, type Row } from "./table";

const TARGET_P99_MS = 200;
const PORT = 3403;

/** Holds BEGIN IMMEDIATE on the file for the given milliseconds, then commits and exits. */
const HOLDER = `
  const db = require("better-sqlite3")(process.argv[1]);
  db.exec("BEGIN IMMEDIATE");
  process.stdout.write("locked\\n");
  setTimeout(() => { db.exec("COMMIT"); db.close(); }, Number(process.argv[2]));
`;

interface Latency {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  errors: number;
  non2xx: number;
}

async function articleLoad(url: string, connections: number, seconds: number): Promise<Latency> {
  const result = await autocannon({ url, connections, duration: seconds });
  const { latency, requests } = result;
  return { p50Ms: latency.p50, p99Ms: latency.p99, maxMs: latency.max, requests: requests.total, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

function inquiryForm(index: number): URLSearchParams {
  return new URLSearchParams({
    kind: "career",
    name: `負荷 ${index}`,
    email: `bench-lock-${index}@example.com`,
    currentRole: "エンジニア",
    wishes: "ロック中の送信",
    consent: "yes",
  });
}

async function postInquiry(origin: string, index: number): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${origin}/api/inquiries`, { method: "POST", body: inquiryForm(index) });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

/** One reader after another submitting until `until` resolves: each waits for its answer first. */
async function submitWhile(origin: string, until: Promise<unknown>, firstIndex: number): Promise<{ status: number; ms: number }[]> {
  let done = false;
  void until.then(() => (done = true));
  const answers: { status: number; ms: number }[] = [];
  for (let index = firstIndex; !done; index += 1) answers.push(await postInquiry(origin, index));
  return answers;
}

/** An article of the build, from its sitemap: the bench does not depend on which articles exist. */
async function articleUrl(origin: string): Promise<string> {
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
  const loc = /<loc>([^<]*\/articles\/[^<]+)<\/loc>/.exec(sitemap)?.[1];
  if (!loc) throw new Error("sitemap.xml に記事がありません");
  const { pathname } = new URL(loc);
  return `${origin}${pathname}`;
}

function statusCounts(answers: readonly { status: number }[]): string {
  const counts = new Map<number, number>();
  for (const { status } of answers) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts].map(([status, count]) => `${status}×${count}`).join(", ") || "なし";
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dist: { type: "string" }, app: { type: "string" }, seconds: { type: "string" }, connections: { type: "string" } } });
  const repo = process.cwd();
  const app = path.resolve(values.app ?? repo);
  const dist = values.dist ?? ".next";
  const seconds = Number(values.seconds ?? 10);
  // Fewer than `npm run bench`'s 50: this measures how long a reader waits, not how much the server can serve.
  const connections = Number(values.connections ?? 10);
  for (const [name, value] of [["seconds", seconds], ["connections", connections]] as const) {
    if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} には正の整数を指定してください`);
  }
  if (!fs.existsSync(path.join(app, dist, "BUILD_ID"))) throw new Error(`${path.join(app, dist)} にビルドがありません（NEXT_DIST_DIR=${dist} npx next build）`);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-lock-"));
  const env = { ...process.env, NEXT_DIST_DIR: dist, DATA_DIR: dataDir, INQUIRY_RATE_LIMIT: "100000", NEXT_TELEMETRY_DISABLED: "1" };
  const server = await nextStart(repo, app, PORT, env, "/api/health");
  try {
    const url = await articleUrl(server.origin);
    const first = await postInquiry(server.origin, 0);
    if (first.status !== 201) throw new Error(`最初のお問い合わせが保存されませんでした (HTTP ${first.status})`);

    console.log(`準備運転: ${url}`);
    await articleLoad(url, connections, 2);
    console.log(`ロックなし: ${connections} 接続 × ${seconds} 秒`);
    const free = await articleLoad(url, connections, seconds);

    console.log(`別プロセスが ${seconds} 秒ロックを握る間: ${connections} 接続 × ${seconds} 秒、お問い合わせを 1 件ずつ送信し続ける`);
    let signalLocked: () => void = () => {};
    const locked = new Promise<void>((resolve) => (signalLocked = resolve));
    const holder = start(process.execPath, ["-e", HOLDER, inquiryDatabasePath(dataDir), String(seconds * 1000)], {
      cwd: repo,
      env,
      onOutput: (text) => text.includes("locked") && signalLocked(),
    });
    let underLock: Latency;
    let answersUnderLock: { status: number; ms: number }[];
    try {
      await Promise.race([locked, holder.exited.then((code) => Promise.reject(new Error(`ロックを取れませんでした (code ${code}): ${holder.output()}`)))]);
      [underLock, answersUnderLock] = await Promise.all([articleLoad(url, connections, seconds), submitWhile(server.origin, holder.exited, 1)]);
    } finally {
      await stop(holder);
    }
    await sleep(200);
    const afterwards = await postInquiry(server.origin, 10_000);

    const rows: Row[] = [
      info("machine", `${os.cpus().length} CPU, node ${process.version}, load ${(os.loadavg()[0] ?? 0).toFixed(2)}`),
      info("article", `${new URL(url).pathname}（${connections} 接続）`),
      info("記事 p50 / p99（ロックなし）", `${ms(free.p50Ms)} / ${ms(free.p99Ms)}（${free.requests} 件）`),
      atMost(`記事 p99（別プロセスが ${seconds} 秒ロック中）`, underLock.p99Ms, TARGET_P99_MS, ms),
      info("記事 p50 / 最大（ロック中）", `${ms(underLock.p50Ms)} / ${ms(underLock.maxMs)}（${underLock.requests} 件、エラー ${underLock.errors}、2xx 以外 ${underLock.non2xx}）`),
      info("お問い合わせ（ロック中）", `${statusCounts(answersUnderLock)}、最長 ${ms(Math.max(0, ...answersUnderLock.map((answer) => answer.ms)))}`),
      info("お問い合わせ（ロック解除後）", `${afterwards.status}`),
    ];
    console.log(`\n${formatTable(rows)}`);
    const out = path.join(repo, ".bench", "lock.json");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), app, dist, seconds, connections, free, underLock, answersUnderLock, afterwards, rows }, null, 2));
    console.log(`\n書き出し: ${out}`);
    if (underLock.p99Ms > TARGET_P99_MS) process.exitCode = 1;
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

process.on("exit", killAll);
try {
  await main();
} catch (error) {
  killAll();
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
