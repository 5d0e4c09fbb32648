// Builds the site from the end-to-end tests' own content tree into their own output folder.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { E2E_CONTENT_DIR, E2E_DIST_DIR, E2E_PUBLIC_SOURCE, E2E_PUBLIC_TARGET } from "../e2e/fixtures/where";

fs.rmSync(E2E_PUBLIC_TARGET, { recursive: true, force: true });
fs.cpSync(E2E_PUBLIC_SOURCE, E2E_PUBLIC_TARGET, { recursive: true });

// The front page is prerendered with 人気記事 from DATA_DIR: an empty folder, so the build shows
// what the tests expect before any view, never the views of a developer's ./data.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-build-data-"));
const result = spawnSync("npm", ["run", "build"], {
  stdio: "inherit",
  // Only three articles are written at build: every other page the tests open is rendered on its
  // first request, as most of a large site's pages are.
  env: { ...process.env, CONTENT_DIR: E2E_CONTENT_DIR, NEXT_DIST_DIR: E2E_DIST_DIR, DATA_DIR: dataDir, PRERENDER_ARTICLES: "3" },
});
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
