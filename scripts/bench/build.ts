// The site's production build over the synthetic corpus, into its own dist folder.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sampleTree, start, stop } from "./processes";

export const DIST_DIR = ".next-bench";

export interface BuildFigures {
  articles: number;
  buildId: string;
  date: string;
  wallMs: number;
  /** User + system CPU of every process of the build: what a busy machine cannot inflate much. */
  cpuMs: number | null;
  peakRssBytes: number;
  distBytes: number;
  distBytesWithoutCache: number;
  /** The compile step was skipped: the code was that of the kept compile (scripts/build.ts). */
  compileReused: boolean;
  /** Phases as `next build` reports them, when its output has them. */
  compileSeconds: number | null;
  staticPagesSeconds: number | null;
  /** Wall time of each npm script in `npm run build`, from when its banner appeared. */
  phasesMs: { nextBuild: number | null; searchIndex: number | null };
}

/** The banners npm prints before each script of `npm run build`, in order. */
const PHASES = [
  ["nextBuild", "> tsx scripts/build.ts"],
  ["searchIndex", "> tsx scripts/build-search-index.ts"],
] as const;

/** Recorded next to the build, so `--skip-build` can report the figures of the build it reuses. */
const RECORD = "bench-build.json";

export function siteEnv(contentDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CONTENT_DIR: contentDir,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

export function directoryBytes(folder: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) total += directoryBytes(full);
    else if (entry.isFile()) total += fs.statSync(full).size;
  }
  return total;
}

const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, min: 60 };

function seconds(log: string, pattern: RegExp): number | null {
  const match = pattern.exec(log);
  if (!match?.[1] || !match[2]) return null;
  return Number(match[1]) * (UNIT_SECONDS[match[2]] ?? Number.NaN);
}

/**
 * bash's `times` prints the CPU time of the shell, then of its reaped descendants: the whole
 * build tree, short-lived workers included, which sampling /proc would partly miss.
 */
const WITH_TIMES = 'npm run build; status=$?; echo "@@times"; times; exit $status';

function cpuMsFromTimes(log: string): number | null {
  const match = /@@times\n\S+ \S+\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s/.exec(log);
  if (!match) return null;
  const [userMin = 0, userSec = 0, sysMin = 0, sysSec = 0] = match.slice(1).map(Number);
  return ((userMin + sysMin) * 60 + userSec + sysSec) * 1000;
}

/** `fresh`: from an empty output folder (a cold build); else over the last build, its cache kept. */
export async function buildSite(repo: string, contentDir: string, articles: number, logFile: string, fresh = true): Promise<BuildFigures> {
  const dist = path.join(repo, DIST_DIR);
  // A stale folder would let a failed build look like a fast one, and its size would add up.
  if (fresh) fs.rmSync(dist, { recursive: true, force: true });
  const startedAt = performance.now();
  const marks: Partial<Record<(typeof PHASES)[number][0], number>> = {};
  let tail = "";
  const onOutput = (text: string) => {
    // A banner may straddle two chunks.
    tail = (tail + text).slice(-4000);
    for (const [phase, banner] of PHASES) if (marks[phase] === undefined && tail.includes(banner)) marks[phase] = performance.now();
  };
  const build = start("bash", ["-c", WITH_TIMES], { cwd: repo, env: siteEnv(contentDir), log: logFile, onOutput });
  const sampler = sampleTree(build.child.pid as number);
  let code: number | null;
  let sampled: { peakRssBytes: number; cpuMs: number };
  let wallMs: number;
  try {
    code = await build.exited;
    wallMs = performance.now() - startedAt;
  } finally {
    sampled = sampler.stop();
    // A worker that outlives npm would keep memory and a CPU busy during the measurements after.
    await stop(build);
  }
  if (code !== 0) throw new Error(`npm run build が失敗しました (code ${code})。ログ: ${logFile}\n${build.output().slice(-3000)}`);

  const log = build.output();
  const distBytes = directoryBytes(dist);
  const cache = path.join(dist, "cache");
  const figures: BuildFigures = {
    articles,
    buildId: fs.readFileSync(path.join(dist, "BUILD_ID"), "utf8").trim(),
    date: new Date().toISOString(),
    wallMs,
    // Each source misses some processes (the shell: workers killed, not waited for; sampling:
    // processes shorter than a sample), so the larger of the two.
    cpuMs: Math.max(sampled.cpuMs, cpuMsFromTimes(log) ?? 0),
    peakRssBytes: sampled.peakRssBytes,
    distBytes,
    distBytesWithoutCache: distBytes - (fs.existsSync(cache) ? directoryBytes(cache) : 0),
    compileReused: log.includes("コンパイル結果を再利用"),
    compileSeconds: seconds(log, /Compiled successfully in ([\d.]+)(ms|s|min)\b/),
    staticPagesSeconds: seconds(log, /Generating static pages[^\n]*\) in ([\d.]+)(ms|s|min)\b/),
    phasesMs: {
      nextBuild: marks.nextBuild === undefined || marks.searchIndex === undefined ? null : marks.searchIndex - marks.nextBuild,
      searchIndex: marks.searchIndex === undefined ? null : startedAt + wallMs - marks.searchIndex,
    },
  };
  fs.writeFileSync(path.join(dist, RECORD), JSON.stringify(figures, null, 2));
  return figures;
}

/** The figures of the build in `.next-bench`, if it is the one they were recorded for. */
export function previousBuild(repo: string): BuildFigures | null {
  const dist = path.join(repo, DIST_DIR);
  try {
    const figures = JSON.parse(fs.readFileSync(path.join(dist, RECORD), "utf8")) as BuildFigures;
    const buildId = fs.readFileSync(path.join(dist, "BUILD_ID"), "utf8").trim();
    return figures.buildId === buildId ? figures : null;
  } catch {
    return null;
  }
}
