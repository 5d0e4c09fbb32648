// What the compiled site depends on besides content: its code, its dependencies, the runtime and
// the settings. Two builds with the same fingerprint compile to the same output, so the second
// may reuse the first's; anything that differs (a file, a package, Node.js, a setting) makes
// another fingerprint, and the build compiles again rather than trust what it has.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { SETTING_NAMES, SETTINGS_NOT_READ_BY_COMPILE } from "../../lib/config";

/** Folders that hold no code the site is compiled from (content and pictures are read at generation). */
const NOT_CODE = new Set(["node_modules", "content", "public", "e2e", "scripts", "test-results", "playwright-report", "blob-report", "data"]);

function isCodeFile(name: string): boolean {
  return !/\.(md|tsbuildinfo)$/.test(name) && !/\.test\.tsx?$/.test(name);
}

/** Every file the compile may read from the project, relative paths in a stable order. */
export function codeFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = path.posix.join(folder, entry.name);
      // Dot-folders are outputs and tools (.next*, .git, .bench, .lighthouse).
      if (entry.isDirectory() && !entry.name.startsWith(".") && !NOT_CODE.has(relative)) walk(relative);
      else if (entry.isFile() && isCodeFile(entry.name)) found.push(relative);
    }
  };
  walk(".");
  return found.sort();
}

function installedVersion(root: string, name: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "missing";
  }
}

/** The settings the compile may read, and any Next.js reads itself. */
function settingsOf(env: Readonly<Record<string, string | undefined>>): [string, string | undefined][] {
  const names = new Set<string>([
    ...SETTING_NAMES.filter((name) => !SETTINGS_NOT_READ_BY_COMPILE.includes(name)),
    ...Object.keys(env).filter((name) => /^(NEXT_|__NEXT|TURBOPACK)/.test(name)),
  ]);
  return [...names].sort().map((name) => [name, env[name]]);
}

/** Files Next.js itself rewrites during a compile (it adds its types and settings to them). */
export const REWRITTEN_BY_COMPILE = ["tsconfig.json", "next-env.d.ts"];

export function codeFingerprint(root: string, options: { env?: Readonly<Record<string, string | undefined>>; except?: readonly string[] } = {}): string {
  const { env = process.env, except = [] } = options;
  const hash = crypto.createHash("sha256");
  hash.update(JSON.stringify({ node: process.version, platform: process.platform, arch: process.arch, next: installedVersion(root, "next") }));
  hash.update(JSON.stringify(settingsOf(env)));
  for (const file of codeFiles(root).filter((name) => !except.includes(name))) {
    hash.update(`\0${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
  }
  return hash.digest("hex");
}
