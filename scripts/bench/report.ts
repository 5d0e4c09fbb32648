// Figures → table rows, with the targets.
import os from "node:os";
import { DIST_DIR, type BuildFigures } from "./build";
import { CONNECTIONS } from "./load";
import { INQUIRY_CONNECTIONS, type InquiryLoadFigures } from "./inquiry-load";
import type { RateLimitFigures } from "./rate-limit";
import type { SearchFigures } from "./search";
import type { SiteFigures } from "./site";
import { ARTICLE_CONNECTIONS, VIEW_CONNECTIONS, type ViewFigures } from "./views";
import { atLeast, atMost, gb, info, kb, mb, ms, perSecond, ratio, seconds, type Row } from "./table";

/** The issue states targets at 1,000 and 10,000 articles; a corpus in between is held to the latter. */
function buildTargets(articles: number) {
  if (articles <= 1000) return { wallMs: 40_000, peakRssBytes: 1.5e9, distBytes: 300e6 };
  if (articles <= 10_000) return { wallMs: 360_000, peakRssBytes: 3e9, distBytes: 2e9 };
  return { wallMs: null, peakRssBytes: null, distBytes: null };
}

export function machineRows(articles: number, loadBefore: number, loadAfter: number): Row[] {
  return [
    info("articles", String(articles)),
    info("machine", `${os.cpus().length} cores, ${gb(os.totalmem())}, Node ${process.version}`),
    // Other builds and tests share this machine; the load average says how much they interfered.
    info("load average (1 min), start → end", `${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}`),
  ];
}

export function searchRows(search: SearchFigures): Row[] {
  return [
    info("search: extract documents", ms(search.extractMs)),
    info("search: build index", ms(search.indexMs)),
    info("search: index heap", `${(search.indexHeapBytes / 1024 / 1024).toFixed(1)} MB`),
    info("search: query mean", ms(search.mean)),
    info("search: query p50", ms(search.p50)),
    { metric: "search: query p99", value: ms(search.p99), target: "< 20.00 ms", pass: search.p99 < 20 },
    info(`search: worst query (8 one-character terms), ${search.worst.runs} runs, p50`, ms(search.worst.p50)),
    { metric: "search: worst query p99", value: ms(search.worst.p99), target: "< 100.00 ms", pass: search.worst.p99 < 100 },
  ];
}

export function rateLimitRows(figures: RateLimitFigures): Row[] {
  const megabytes = figures.heapBytes / 1024 / 1024;
  return [
    {
      metric: `inquiry rate limiter: heap, ${figures.senders.toLocaleString("en")} senders × ${figures.attemptsEach} attempts`,
      value: `${megabytes.toFixed(1)} MB`,
      target: "< 32 MB",
      pass: megabytes < 32,
    },
  ];
}

function phaseRows(build: BuildFigures): Row[] {
  const phases: [string, number | null][] = [
    ["build:   check:content beside the compile, then pages", build.phasesMs?.nextBuild ?? null],
    ["build:     compile (as next reports)", build.compileSeconds === null ? null : build.compileSeconds * 1000],
    ["build:     static pages (as next reports)", build.staticPagesSeconds === null ? null : build.staticPagesSeconds * 1000],
    ["build:   search index (postbuild)", build.phasesMs?.searchIndex ?? null],
  ];
  return phases.flatMap(([metric, value]) => (value === null ? [] : [info(metric, seconds(value))]));
}

/** Every accepted view stored, none lost and none invented; no errors; readers barely slowed. */
export function viewRows(views: ViewFigures): Row[] {
  return [
    info(`views: POST /api/views, ${VIEW_CONNECTIONS} conn × ${views.seconds} s`, `${views.requests.toLocaleString("en-US")} requests`),
    info("views: accepted (202) / refused as repeats (200)", `${views.accepted.toLocaleString("en-US")} / ${views.refused.toLocaleString("en-US")}`),
    { metric: "views: stored total − accepted", value: String(views.storedTotal - views.accepted), target: "0", pass: views.storedTotal === views.accepted },
    { metric: "views: errors (other status or none)", value: String(views.errors), target: "0", pass: views.errors === 0 },
    info("views: latency p50 / p99", `${ms(views.p50Ms)} / ${ms(views.p99Ms)}`),
    info(`article p50 / p99, ${ARTICLE_CONNECTIONS} conn, no views posted`, `${ms(views.articleAlone.p50Ms)} / ${ms(views.articleAlone.p99Ms)}`),
    info(`article p50 / p99, ${ARTICLE_CONNECTIONS} conn, while views are posted`, `${ms(views.articleWhilePosting.p50Ms)} / ${ms(views.articleWhilePosting.p99Ms)}`),
    ...(views.articleAlone.errors + views.articleWhilePosting.errors > 0
      ? [{ metric: "article: errors (alone / while posting)", value: `${views.articleAlone.errors} / ${views.articleWhilePosting.errors}`, target: "0", pass: false }]
      : []),
  ];
}

function rebuildRows(articles: number, { rebuilds }: SiteFigures): Row[] {
  if (!rebuilds) return [];
  const limit = (articles <= 1000 ? 15 : 60) * 1000;
  const reused = (build: BuildFigures) => (build.compileReused ? "compile reused" : "compiled again");
  return [
    atMost(`rebuild: one article added (${reused(rebuilds.addOne)})`, rebuilds.addOne.wallMs, limit, seconds),
    ...phaseRows(rebuilds.addOne).map((row) => ({ ...row, metric: row.metric.replace("build:", "rebuild:") })),
    atMost(`rebuild: one body edited (${reused(rebuilds.editOne)})`, rebuilds.editOne.wallMs, limit, seconds),
    info(`rebuild: ${DIST_DIR} without cache/`, mb(rebuilds.editOne.distBytesWithoutCache)),
  ];
}

function onDemandRows({ onDemand }: SiteFigures): Row[] {
  return [
    info("on request: first page after start (reads the content)", ms(onDemand.firstAfterStartMs)),
    info(`on request: first request of ${onDemand.count} more unwritten pages, p50`, ms(onDemand.p50Ms)),
    atMost("on request: the same, p99", onDemand.p99Ms, 150, ms),
    info("on request: the same, max", ms(onDemand.maxMs)),
    { metric: "on request: answers other than 200", value: String(onDemand.failures), target: "0", pass: onDemand.failures === 0 },
  ];
}

export function siteRows(articles: number, figures: SiteFigures): Row[] {
  const { build, page, floor, site, plain } = figures;
  const targets = buildTargets(articles);
  return [
    ...(figures.buildReused ? [info("build: reused (--skip-build), built at", build.date)] : []),
    atMost("build: wall time (npm run build)", build.wallMs, targets.wallMs, seconds),
    ...(build.cpuMs === null || build.cpuMs === undefined ? [] : [info("build: CPU time, process tree (user+sys)", seconds(build.cpuMs))]),
    ...phaseRows(build),
    atMost("build: peak RSS, process tree", build.peakRssBytes, targets.peakRssBytes, gb),
    info(`build: ${DIST_DIR} size`, mb(build.distBytes)),
    atMost(`build: ${DIST_DIR} without cache/`, build.distBytesWithoutCache, targets.distBytes, mb),
    ...rebuildRows(articles, figures),
    ...onDemandRows(figures),
    info("page", page.url.replace(/^https?:\/\/[^/]+/, "")),
    atMost("page: HTML raw", page.htmlBytes, 60_000, kb),
    info("page: HTML raw, of which inline scripts", kb(page.inlineScriptBytes)),
    info("page: HTML gzip (zlib -9)", kb(page.htmlGzipBytes)),
    info("page: scripts referenced", String(page.scripts.length)),
    info(`floor: first-load JS gzip (empty page, next ${floor.nextVersion})`, kb(floor.firstLoadJsGzipBytes)),
    atMost("page: first-load JS gzip", page.firstLoadJsGzipBytes, floor.firstLoadJsGzipBytes + 10_000, kb),
    info("page: first-load JS above floor", kb(page.firstLoadJsGzipBytes - floor.firstLoadJsGzipBytes)),
    info("page: of which nomodule polyfills (both)", kb(page.noModuleGzipBytes)),
    info(`next start: req/s (${CONNECTIONS} conn)`, perSecond(site.requestsPerSecond)),
    info("next start: latency p50 / p99", `${site.p50Ms} / ${site.p99Ms} ms`),
    info("plain http: req/s", perSecond(plain.requestsPerSecond)),
    info("plain http: latency p50 / p99", `${plain.p50Ms} / ${plain.p99Ms} ms`),
    atLeast("req/s ratio next / plain", site.requestsPerSecond / plain.requestsPerSecond, 0.4, ratio),
    ...(site.errors + site.non2xx + plain.errors + plain.non2xx > 0
      ? [{ metric: "load: errors, timeouts, non-2xx (next / plain)", value: `${site.errors + site.non2xx} / ${plain.errors + plain.non2xx}`, target: "0", pass: false }]
      : []),
  ];
}


export function inquiryLoadRows(figures: readonly InquiryLoadFigures[]): Row[] {
  return figures.flatMap((run) => [
    info(`inquiries, ${run.setup}: POST /api/inquiries, ${INQUIRY_CONNECTIONS} conn`, `${run.requests.toLocaleString("en-US")} requests`),
    info(`inquiries, ${run.setup}: stored (201) / other 4xx`, `${run.stored.toLocaleString("en-US")} / ${run.otherAnswers}`),
    atMost(`inquiries, ${run.setup}: 5xx or no answer`, run.failures, 0, String),
    atMost(`inquiries, ${run.setup}: rows stored − 201 answers`, Math.abs(run.rows - run.stored), 0, String),
    info(`inquiries, ${run.setup}: latency p50 / p99`, `${ms(run.p50Ms)} / ${ms(run.p99Ms)}`),
  ]);
}
