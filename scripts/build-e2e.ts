// Builds the site from the end-to-end tests' own content tree into their own output folder.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { E2E_CONTENT_DIR, E2E_DIST_DIR, E2E_PUBLIC_SOURCE, E2E_PUBLIC_TARGET } from "../e2e/fixtures/where";

fs.rmSync(E2E_PUBLIC_TARGET, { recursive: true, force: true });
fs.cpSync(E2E_PUBLIC_SOURCE, E2E_PUBLIC_TARGET, { recursive: true });

const result = spawnSync("npm", ["run", "build"], {
  stdio: "inherit",
  env: { ...process.env, CONTENT_DIR: E2E_CONTENT_DIR, NEXT_DIST_DIR: E2E_DIST_DIR },
});
process.exit(result.status ?? 1);
