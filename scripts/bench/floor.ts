// The smallest App Router app of the installed Next.js version: the JavaScript any page ships
// before the site adds its own, so the site is judged on what it adds.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { start, stop } from "./processes";
import { nextBin } from "./server";

const FILES: Record<string, string> = {
  // No TypeScript, so `next build` writes no tsconfig.json or next-env.d.ts into the folder.
  "package.json": `${JSON.stringify({ private: true }, null, 2)}\n`,
  // Without a config of its own, `next build` walks up and loads the site's next.config.ts.
  "next.config.js": "module.exports = {};\n",
  "app/layout.js": `export default function RootLayout({ children }) {\n  return (\n    <html lang="ja">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
  "app/page.js": `export default function Page() {\n  return <p>empty</p>;\n}\n`,
};

function nextVersion(repo: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, "node_modules", "next", "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

/** The floor depends only on the Next.js version and these files, so a matching build is reused. */
export async function buildFloor(repo: string, logFile: string): Promise<{ dir: string; version: string; reused: boolean }> {
  const dir = path.join(repo, ".bench", "floor");
  const version = nextVersion(repo);
  const key = `${version} ${createHash("sha256").update(JSON.stringify(FILES)).digest("hex")}`;
  const stamp = path.join(dir, ".next", "bench-floor-key");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === key) return { dir, version, reused: true };

  fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const build = start(process.execPath, [nextBin(repo), "build"], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, log: logFile });
  let code: number | null;
  try {
    code = await build.exited;
  } finally {
    await stop(build);
  }
  if (code !== 0) throw new Error(`空のアプリのビルドが失敗しました (code ${code})。ログ: ${logFile}\n${build.output().slice(-3000)}`);
  fs.writeFileSync(stamp, key);
  return { dir, version, reused: false };
}
