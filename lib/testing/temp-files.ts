// Temporary folders of files for unit tests, removed when the test file's run ends.
import { after } from "node:test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const created: string[] = [];
let cleanupRegistered = false;

/** An empty temporary folder, removed after the test file's last test. */
export function tempDir(prefix = "test-"): string {
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    after(() => {
      for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
    });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Writes each `relative path → text` below `root`, creating folders on the way. */
export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [relative, text] of Object.entries(files)) {
    const absolute = path.join(root, relative);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, text);
  }
}

/** A temporary folder holding `files` (keys are paths below it: `content/articles/a.md`). */
export function tempFiles(files: Record<string, string | Buffer>, prefix = "test-"): string {
  const root = tempDir(prefix);
  writeFiles(root, files);
  return root;
}
