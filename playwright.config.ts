import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, defineConfig, devices } from "@playwright/test";
import { E2E_CONTENT_DIR, E2E_DIST_DIR } from "./e2e/fixtures/where";

const PORT = Number(process.env.E2E_PORT ?? 3210);

// The tests read and serve their own content tree, built into a folder of its own (`npm run
// build:e2e`), so the editors' content/ and a developer's .next are never what they test.
process.env.CONTENT_DIR = E2E_CONTENT_DIR;
process.env.NEXT_DIST_DIR = E2E_DIST_DIR;

// Where the server under test stores inquiries; the inquiry specs open the same database through
// process.env.DATA_DIR. One folder per port, so a reused server and the tests agree on it.
process.env.DATA_DIR ||= path.join(os.tmpdir(), `tech-career-media-e2e-data-${PORT}`);
fs.mkdirSync(process.env.DATA_DIR, { recursive: true });

/** Playwright's own Chromium when it was downloaded, else the system one (Debian's package). */
function chromiumExecutable(): string | undefined {
  try {
    if (fs.existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No browser registered with Playwright: fall through to the system Chromium.
  }
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    // Command-line checks do not depend on the device: run them once.
    { name: "phone", use: { ...devices["Pixel 7"] }, testIgnore: /content-errors|hostile-content|rebuild/ },
  ],
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // The tests play the reverse proxy: each gives itself an address of its own through
    // X-Forwarded-For, so they neither share a rate-limit budget nor inherit one from a rerun.
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      DATA_DIR: process.env.DATA_DIR,
      INQUIRY_PROXY_HOPS: "1",
      CONTENT_DIR: process.env.CONTENT_DIR,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR,
    },
  },
});
