// View counting under load: many readers' beacons at once, each answered and then compared with
// what the store holds; and article latency while they are posted.
import autocannon from "autocannon";
import fs from "node:fs";
import path from "node:path";
import { openSqliteViewStore } from "../../lib/views/sqlite-store";
import { viewDatabasePath } from "../../lib/views/store";
import { start } from "./processes";
import type { PostedViews } from "./view-poster";

export const VIEW_CONNECTIONS = 50;
/** Readers of the article page while views are posted: how long a reader waits, not throughput. */
export const ARTICLE_CONNECTIONS = 10;

export interface Latency {
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

export interface ViewFigures extends PostedViews {
  seconds: number;
  /** Views the store gained during the measured run, for every article: must equal `accepted`. */
  storedTotal: number;
  articleAlone: Latency;
  articleWhilePosting: Latency;
}

/**
 * The posts come from a process of their own (view-poster.ts), as the site and the plain server
 * run in theirs: in this one they would delay autocannon's own timing of the article requests.
 */
async function postViews(repo: string, origin: string, slugs: readonly string[], seconds: number, firstReader: number, onStart: () => void = () => {}): Promise<PostedViews> {
  const slugFile = path.join(repo, ".bench", "view-slugs.json");
  fs.writeFileSync(slugFile, JSON.stringify(slugs));
  try {
    const args = [path.join(repo, "scripts", "bench", "view-poster.ts"), origin, String(seconds), String(VIEW_CONNECTIONS), slugFile, String(firstReader)];
    const poster = start(process.execPath, ["--import", "tsx", ...args], {
      cwd: repo,
      env: process.env,
      onOutput: (text) => text.includes("posting") && onStart(),
    });
    const code = await poster.exited;
    const last = poster.output().trim().split("\n").pop() ?? "";
    if (code !== 0) throw new Error(`view-poster が失敗しました (code ${code}): ${poster.output()}`);
    const posted: unknown = JSON.parse(last);
    if (!isPostedViews(posted)) throw new Error(`view-poster の出力を読めません: ${last}`);
    return posted;
  } finally {
    fs.rmSync(slugFile, { force: true });
  }
}

function isPostedViews(value: unknown): value is PostedViews {
  if (typeof value !== "object" || value === null) return false;
  return ["requests", "accepted", "refused", "errors", "p50Ms", "p99Ms"].every((key) => key in value && typeof Reflect.get(value, key) === "number");
}

async function articleLoad(url: string, seconds: number): Promise<Latency> {
  const result = await autocannon({ url, connections: ARTICLE_CONNECTIONS, duration: seconds });
  return { p50Ms: result.latency.p50, p99Ms: result.latency.p99, requests: result.requests.total, errors: result.errors + result.timeouts + result.non2xx };
}

/**
 * Against a running site whose DATA_DIR is `dataDir` (empty at the start) and which believes one
 * proxy's X-Forwarded-For: article latency alone, then views posted for `seconds` while the
 * article is read, then what the store gained.
 */
export async function measureViews(repo: string, origin: string, articleUrl: string, slugs: readonly string[], dataDir: string, seconds: number): Promise<ViewFigures> {
  await articleLoad(articleUrl, Math.min(2, seconds));
  const articleAlone = await articleLoad(articleUrl, seconds);
  // A short unmeasured run first, so the route is not measured while it is still cold; its views
  // are stored too, so the store's total is compared before and after the measured run, whose
  // readers are others than the warm-up's (else they would be refused as repeats).
  await postViews(repo, origin, slugs, Math.min(2, seconds), 0);
  const before = await storedTotal(dataDir);
  // The article is read from the moment the posts start (the poster needs a moment to start up).
  let articleWhilePosting: Promise<Latency> | null = null;
  const posted = await postViews(repo, origin, slugs, seconds, 1 << 22, () => (articleWhilePosting ??= articleLoad(articleUrl, seconds)));
  if (!articleWhilePosting) throw new Error("view-poster が開始を知らせませんでした");
  return { seconds, ...posted, storedTotal: (await storedTotal(dataDir)) - before, articleAlone, articleWhilePosting: await articleWhilePosting };
}

async function storedTotal(dataDir: string): Promise<number> {
  const store = openSqliteViewStore(viewDatabasePath(dataDir));
  try {
    return (await store.countViews(new Date(0))).reduce((sum, count) => sum + count.views, 0);
  } finally {
    await store.close();
  }
}
