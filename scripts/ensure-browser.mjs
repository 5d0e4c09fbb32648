// Makes sure a Chromium exists for the e2e tests: Playwright's own if downloaded, else Debian's.
import { execSync } from "node:child_process";
import fs from "node:fs";
import { chromium } from "@playwright/test";

function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return fs.existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const systemPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const found = playwrightChromium() ?? (fs.existsSync(systemPath) ? systemPath : null);

if (found) {
  console.log(`e2e: Chromium at ${found}`);
} else {
  console.log("e2e: no Chromium found, installing Debian's chromium package…");
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: "inherit",
  });
  if (!fs.existsSync(systemPath)) {
    console.error(`e2e: Chromium is still missing at ${systemPath}; set CHROMIUM_PATH to a Chromium binary.`);
    process.exit(1);
  }
}
