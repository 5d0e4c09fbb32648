// Temporary folders of files for unit tests, removed when the test file's run ends.
import { after } from "node:test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const created: string[] = [];

/**
 * A test that failed half way may leave a folder without write permission behind, and nothing in it
 * can be removed until the folder is writable again. Links are not followed: they may point outside.
 */
function makeFoldersWritable(dir: string): void {
  fs.chmodSync(dir, 0o700);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) makeFoldersWritable(path.join(dir, entry.name));
  }
}

function remove(dir: string): void {
  if (!fs.existsSync(dir)) return;
  makeFoldersWritable(dir);
  fs.rmSync(dir, { recursive: true, force: true });
}

// Registered as the module loads, outside any test: `after` called inside a test or a suite runs
// when that one ends, which would leave every folder made later behind.
after(() => {
  for (const dir of created) remove(dir);
});

/** An empty temporary folder, removed after the test file's last test. */
export function tempDir(prefix = "test-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Writes each `relative path → text` below `root`, creating folders on the way. */
export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [relative, text] of Object.entries(files)) {
    const absolute = path.join(root, relative);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, text);
  }
}

/** A temporary folder holding `files` (keys are paths below it: `content/articles/a.md`). */
export function tempFiles(files: Record<string, string | Uint8Array>, prefix = "test-"): string {
  const root = tempDir(prefix);
  writeFiles(root, files);
  return root;
}
