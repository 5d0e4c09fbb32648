// `npm run build` (before its search index): the content check, Next.js's compile step, then its
// page generation. The check needs nothing of the other steps, so it runs beside them, and a
// check that fails stops them and fails the build. The compile depends on the code alone and
// took most of a rebuild after an editor's change: when the code fingerprint
// (scripts/build/fingerprint.ts) is the last compile's, the compiled output is restored from the
// copy kept under the output's cache/ folder (which hosts and CI keep between builds) and only
// the pages are generated again. Restoring also removes every page of the previous generation,
// so nothing stale outlives it.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { getConfig } from "../lib/config";
import { REWRITTEN_BY_COMPILE, codeFingerprint } from "./build/fingerprint";

const root = process.cwd();
const dist = path.resolve(root, getConfig().distDir);
const kept = path.join(dist, "cache", "compiled");
const keptOutput = path.join(kept, "output");
const keptFingerprint = path.join(kept, "fingerprint");
const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const tsx = require.resolve("tsx/cli");

/** `npm run check:content`, its output held back until it ends so it reads whole beside the compile. */
function startContentCheck(): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, "scripts/check-content.ts"], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("close", (code) => {
      (code === 0 ? process.stdout : process.stderr).write(`\n[check:content]\n${output}\n`);
      if (code !== 0) {
        console.error(`コンテンツの確認でエラーが見つかりました。上の一覧を直してからビルドしてください（終了コード ${code}）`);
        running?.kill();
        process.exit(code ?? 1);
      }
      resolve();
    });
  });
}

/** The `next build` step running now, stopped when the check fails beside it. */
let running: ChildProcess | null = null;

/**
 * Rendering pages allocates short-lived objects fast: a larger young generation than V8's default
 * took 10–13 % off page generation (1,000 articles, 262 pages, A/B runs). Given through
 * NODE_OPTIONS, which Next.js's page workers inherit; an operator's own NODE_OPTIONS come after
 * and win.
 */
const NEXT_NODE_OPTIONS = "--max-semi-space-size=64";

/** Runs one step; on failure, lets the check finish first, as its list says why better. */
function next(mode: "compile" | "generate", checked: Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const env = { ...process.env, NODE_OPTIONS: [NEXT_NODE_OPTIONS, process.env.NODE_OPTIONS].filter(Boolean).join(" ") };
    const child = spawn(process.execPath, [nextBin, "build", `--experimental-build-mode=${mode}`], { stdio: "inherit", env });
    running = child;
    child.once("close", (code, signal) => {
      running = null;
      if (code === 0) return resolve();
      void checked.finally(() => {
        console.error(`next build（${mode}）が失敗しました（終了コード ${code ?? signal}）`);
        process.exit(code ?? 1);
      });
    });
  });
}

/** Everything in the output folder but its cache. */
function outputEntries(): string[] {
  return fs.existsSync(dist) ? fs.readdirSync(dist).filter((name) => name !== "cache") : [];
}

function readKeptFingerprint(): string | null {
  try {
    return fs.existsSync(path.join(keptOutput, "BUILD_ID")) ? fs.readFileSync(keptFingerprint, "utf8") : null;
  } catch {
    return null;
  }
}

function keepCompiledOutput(): void {
  fs.rmSync(kept, { recursive: true, force: true });
  fs.mkdirSync(keptOutput, { recursive: true });
  for (const name of outputEntries()) fs.cpSync(path.join(dist, name), path.join(keptOutput, name), { recursive: true, verbatimSymlinks: true });
}

function restoreCompiledOutput(): void {
  for (const name of outputEntries()) fs.rmSync(path.join(dist, name), { recursive: true, force: true });
  for (const name of fs.readdirSync(keptOutput)) fs.cpSync(path.join(keptOutput, name), path.join(dist, name), { recursive: true, verbatimSymlinks: true });
}

const checked = startContentCheck();
const beforeCompile = codeFingerprint(root);
if (readKeptFingerprint() === beforeCompile) {
  console.log("コードと設定は前回のコンパイルから変わっていません: コンパイル結果を再利用し、ページだけを生成し直します");
  restoreCompiledOutput();
} else {
  const ownFiles = () => codeFingerprint(root, { except: REWRITTEN_BY_COMPILE });
  const ownBefore = ownFiles();
  await next("compile", checked);
  fs.rmSync(kept, { recursive: true, force: true });
  // Kept under the fingerprint after the compile (the next build sees the files Next.js
  // rewrote), and only when no other file changed while it ran.
  if (ownFiles() === ownBefore) {
    keepCompiledOutput();
    fs.writeFileSync(keptFingerprint, codeFingerprint(root));
  } else {
    console.warn("コンパイル中にコードが変わったため、コンパイル結果を次のビルドに残しません");
  }
}
// Pages are generated while the check may still run: a rebuild's check (cached bodies, the lint
// rules over the whole site) takes about as long as generating the pages it writes.
await next("generate", checked);
await checked;
