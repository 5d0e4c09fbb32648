// The figures that need a build and a running server: build cost, page weight, load.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { configFromEnv } from "../../lib/config";
import { pageCount } from "../../lib/pagination";
import { PRERENDERED_LIST_PAGES } from "../../lib/prerender";
import { site } from "../../lib/site";
import { articlePath, homePath } from "../../lib/urls";
import { buildSite, DIST_DIR, previousBuild, siteEnv, type BuildFigures } from "./build";
import { buildFloor } from "./floor";
import { CONNECTIONS, load, loadPlainServer, type LoadFigures } from "./load";
import { measureOnDemand, type OnDemandFigures } from "./on-demand";
import { measurePage, type PageFigures } from "./page";
import { measureRebuilds, type RebuildFigures } from "./rebuild";
import { nextStart } from "./server";
import { writeSyntheticContent } from "./synthetic";
import { measureViews, type ViewFigures } from "./views";

const PORTS = { site: 3400, floor: 3401, plain: 3402 };

/** Temporary folders to remove also when the run is interrupted, which skips `finally`. */
const temporary = new Set<string>();

export function removeTemporaryFolders(): void {
  for (const folder of temporary) fs.rmSync(folder, { recursive: true, force: true });
  temporary.clear();
}

export interface SiteFigures {
  build: BuildFigures;
  buildReused: boolean;
  rebuilds: RebuildFigures | null;
  onDemand: OnDemandFigures;
  page: Omit<PageFigures, "html">;
  floor: Omit<PageFigures, "html"> & { nextVersion: string };
  site: LoadFigures;
  plain: LoadFigures;
  views: ViewFigures;
}

/** Pages the build does not write (the oldest articles, later list pages), first one an article. */
function onDemandPaths(articles: number, env: NodeJS.ProcessEnv): string[] {
  const { prerenderArticles } = configFromEnv(env);
  // Synthetic articles are dated in the order of their numbers: the lowest are the oldest.
  const oldest = Array.from({ length: Math.min(200, Math.max(0, articles - prerenderArticles)) }, (_, index) => articlePath(`bench-${index}`));
  const lastPage = pageCount(articles, site.pageSize);
  const listPages = Array.from({ length: Math.max(0, Math.min(50, lastPage - PRERENDERED_LIST_PAGES)) }, (_, index) => homePath(PRERENDERED_LIST_PAGES + 1 + index));
  return [...oldest, ...listPages];
}

export async function measureSite(
  repo: string,
  articles: number,
  durationSeconds: number,
  skipBuild: boolean,
  rebuild = false,
): Promise<SiteFigures> {
  const logDir = path.join(repo, ".bench");
  // A fresh checkout has no .bench yet, and the build's log is written there first.
  fs.mkdirSync(logDir, { recursive: true });
  const content = fs.mkdtempSync(path.join(os.tmpdir(), "bench-content-"));
  temporary.add(content);
  try {
    // Written even for --skip-build: tag pages with another spelling read content at request time.
    writeSyntheticContent(content, articles);
    fs.cpSync(path.join(repo, "content", "jobs"), path.join(content, "jobs"), { recursive: true });

    const reused = skipBuild ? previousBuild(repo) : null;
    if (skipBuild && !reused) throw new Error(`${DIST_DIR} に再利用できるビルドがありません。--skip-build を外して実行してください`);
    if (reused && reused.articles !== articles) throw new Error(`${DIST_DIR} は ${reused.articles} 件のビルドです。--articles ${reused.articles} を指定してください`);
    console.log(reused ? `ビルドを再利用します (${reused.date})` : `ビルド中: ${articles} 件 → ${DIST_DIR}（ログ: .bench/build.log）`);
    const build = reused ?? (await buildSite(repo, content, articles, path.join(logDir, "build.log")));
    const rebuilds = rebuild ? await measureRebuilds(repo, content, articles, logDir) : null;

    console.log("空の App Router アプリ (.bench/floor) を準備中");
    const floorBuild = await buildFloor(repo, path.join(logDir, "floor-build.log"));

    // Page views go to an empty data folder of their own; the bench plays the one proxy in front,
    // giving each simulated reader an address of its own through X-Forwarded-For.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-data-"));
    temporary.add(dataDir);
    const siteServer = await nextStart(repo, repo, PORTS.site, { ...siteEnv(content), DATA_DIR: dataDir, INQUIRY_PROXY_HOPS: "1" }, "/api/health");
    let page: PageFigures;
    let site: LoadFigures;
    let views: ViewFigures;
    let onDemand: OnDemandFigures;
    try {
      console.log("初回リクエスト: ビルドで書き出していないページ");
      onDemand = await measureOnDemand(siteServer.origin, onDemandPaths(articles, siteEnv(content)));
      page = await measurePage(`${siteServer.origin}${articlePath(`bench-${Math.floor(articles / 2)}`)}`);
      console.log(`負荷: ${page.url}（${CONNECTIONS} 接続 × ${durationSeconds} 秒）`);
      site = await load(page.url, durationSeconds);
      console.log(`閲覧数: POST /api/views（${CONNECTIONS} 接続 × ${durationSeconds} 秒）と記事の読み込み`);
      const slugs = Array.from({ length: articles }, (_, index) => `bench-${index}`);
      views = await measureViews(repo, siteServer.origin, page.url, slugs, dataDir, durationSeconds);
    } finally {
      await siteServer.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      temporary.delete(dataDir);
    }
    console.log(`負荷: 同じ HTML を返す http サーバー（ポート ${PORTS.plain}）`);
    const plain = await loadPlainServer(repo, page.html, page.contentType, PORTS.plain, durationSeconds);

    const floorServer = await nextStart(repo, floorBuild.dir, PORTS.floor, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, "/");
    let floor: PageFigures;
    try {
      floor = await measurePage(`${floorServer.origin}/`);
    } finally {
      await floorServer.stop();
    }
    const { html: _page, ...pageFigures } = page;
    const { html: _floor, ...floorFigures } = floor;
    return { build, buildReused: reused !== null, rebuilds, onDemand, page: pageFigures, floor: { ...floorFigures, nextVersion: floorBuild.version }, site, plain, views };
  } finally {
    fs.rmSync(content, { recursive: true, force: true });
    temporary.delete(content);
  }
}

