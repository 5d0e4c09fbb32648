// Editors' safety net: a broken content file is refused by the check and by the build, naming the file.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";

const run = promisify(execFile);

async function runCommand(command: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(command, args, {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
      maxBuffer: 20 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

function brokenContentTree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "broken-content-"));
  fs.mkdirSync(path.join(root, "articles"));
  fs.mkdirSync(path.join(root, "jobs"));
  fs.writeFileSync(
    path.join(root, "articles", "good.md"),
    "---\ntitle: 正しい記事\ndate: 2025-01-01\ntags: [AI]\n---\n\n本文です。\n",
  );
  fs.writeFileSync(path.join(root, "articles", "bad-date.md"), "---\ntitle: 日付が壊れた記事\ndate: 2025-02-30\n---\n\n本文\n");
  return root;
}

test.describe("broken content", () => {
  test("check:content names the file, line, field and reason and exits non-zero", async () => {
    const root = brokenContentTree();
    const result = await runCommand("npm", ["run", "--silent", "check:content"], { CONTENT_DIR: root });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/bad-date\.md:3: date: "2025-02-30" は存在しない日付です/);
    expect(result.output).not.toMatch(/good\.md/);
  });

  test("next build fails with the same line", async () => {
    test.setTimeout(360_000); // a whole build: minutes on a busy machine
    const root = brokenContentTree();
    // tsconfig.json already includes this folder's types, so the build does not rewrite it.
    const distDir = path.join(process.cwd(), ".next-check");
    try {
      const result = await runCommand("npx", ["next", "build"], { CONTENT_DIR: root, NEXT_DIST_DIR: ".next-check" });
      expect(result.code).not.toBe(0);
      expect(result.output).toMatch(/bad-date\.md:3: date: "2025-02-30" は存在しない日付です/);
    } finally {
      fs.rmSync(distDir, { recursive: true, force: true });
    }
  });
});
