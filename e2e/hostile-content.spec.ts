// Hostile article bodies, built as an attacker would publish them: every vector of
// fixtures/xss-vectors.ts as an .md and an .mdx article in a content tree of its own. The check
// refuses a file naming it, and so does the build; or the built page is inert in Chromium.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import { IMAGE_HOST, LEGITIMATE_BODY, XSS_VECTORS } from "./fixtures/xss-vectors";
import { startServer, type ServerInstance } from "./server-instance";

const run = promisify(execFile);
const DIST_DIR = ".next-hostile";

interface ArticleFile {
  slug: string;
  file: string;
  body: string;
}

async function runCommand(command: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(command, args, {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
      maxBuffer: 50 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}`, stdout: failed.stdout ?? "" };
  }
}

function article(slug: string, format: "md" | "mdx", body: string): ArticleFile {
  return { slug, file: `${slug}.${format}`, body };
}

const ARTICLES: ArticleFile[] = [
  ...XSS_VECTORS.flatMap((vector) => [
    article(`${vector.name}-md`, "md", vector.md),
    article(`${vector.name}-mdx`, "mdx", vector.mdx ?? vector.md),
  ]),
  article("legitimate-md", "md", LEGITIMATE_BODY),
  article("legitimate-mdx", "mdx", LEGITIMATE_BODY),
];

function writeTree(files: readonly ArticleFile[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-content-"));
  fs.mkdirSync(path.join(root, "articles"));
  fs.mkdirSync(path.join(root, "jobs"));
  fs.writeFileSync(path.join(root, "categories.yml"), "- name: AI\n");
  files.forEach((entry, index) => {
    const date = new Date(Date.UTC(2025, 0, 1, 0, index)).toISOString();
    const frontMatter = `---\ntitle: "検証記事 ${entry.slug}"\ndate: ${date}\ncategories: [AI]\ntags: [AI]\n---\n\n`;
    fs.writeFileSync(path.join(root, "articles", entry.file), `${frontMatter}本文の前\n\n${entry.body}\n\n本文の後\n`);
  });
  return root;
}

interface CheckProblem {
  file: string;
  line: number | null;
  severity: "error" | "warning";
  message: string;
}

let server: ServerInstance | undefined;
let refusedProblems = new Map<string, CheckProblem[]>();
let accepted: ArticleFile[] = [];

test.describe.configure({ mode: "serial" });
// A trace of some 120 pages costs more than the pages themselves; the escapes name the vector.
test.use({ trace: "off" });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(420_000);
  const everything = writeTree(ARTICLES);
  const check = await runCommand("npx", ["tsx", "scripts/check-content.ts", "--json"], { CONTENT_DIR: everything });
  const report = JSON.parse(check.stdout) as { problems: CheckProblem[] };
  refusedProblems = new Map();
  for (const problem of report.problems.filter((entry) => entry.severity === "error")) {
    const key = path.basename(problem.file);
    refusedProblems.set(key, [...(refusedProblems.get(key) ?? []), problem]);
  }
  accepted = ARTICLES.filter((entry) => !refusedProblems.has(entry.file));
  const root = writeTree(accepted);
  const build = await runCommand("npx", ["next", "build"], { CONTENT_DIR: root, NEXT_DIST_DIR: DIST_DIR });
  if (build.code !== 0) throw new Error(`the build of the accepted vectors failed:\n${build.output.slice(-4000)}`);
  server = await startServer({ CONTENT_DIR: root, NEXT_DIST_DIR: DIST_DIR });
});

test.afterAll(async () => {
  await server?.stop();
});

test("the check refuses a vector only with its file, line and reason, and builds most of them", () => {
  for (const [file, problems] of refusedProblems) {
    for (const problem of problems) {
      expect(problem.file, file).toContain(file);
      expect(problem.line, `${file}: ${problem.message}`).toBeGreaterThan(0);
      expect(problem.message.length).toBeGreaterThan(0);
    }
  }
  // The allowlist, not the check, is what stops nearly all of them: they are built and browsed.
  expect(accepted.length).toBeGreaterThan(ARTICLES.length * 0.75);
});

/** What a reader can click or tap in an article body. */
const TARGETS = "a, button, summary, input, [onclick], svg, math";

/** A popup that is a web page is an ordinary external link opening in a new tab; any other is not. */
const ORDINARY_POPUP = /^(?:https?:|about:blank|chrome-error:)/;

/** Opens an article and clicks everything in its body; returns whatever got out. */
async function attack(page: Page, baseUrl: string, slug: string): Promise<string[]> {
  const escaped: string[] = [];
  const articleUrl = `${baseUrl}/articles/${slug}`;
  page.on("dialog", (dialog) => {
    escaped.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => escaped.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // A missing image of a vector is not an escape; anything else the console reports is.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) escaped.push(`console: ${message.text()}`);
  });
  page.on("popup", (popup) => {
    if (!ORDINARY_POPUP.test(popup.url())) escaped.push(`popup: ${popup.url()}`);
    void popup.close();
  });
  // Watched, not intercepted: intercepting requests turns off the browser's cache, and every page
  // would load the site's scripts afresh. The vectors' hosts are reserved names that never answer.
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith(baseUrl)) return;
    // The vectors' own images are meant to fail; anything else the page asks another host for
    // is an escape.
    if (URL.canParse(url) && new URL(url).hostname === IMAGE_HOST) return;
    escaped.push(`request: ${url}`);
  });

  await page.goto(articleUrl, { timeout: 30_000 });
  // What the markup alone does, before anything is clicked.
  const state = await page.evaluate(() => ({
    base: document.baseURI.split("#")[0],
    // React hydrates by pushing to this array; an element named __next_f would stand in for it.
    nextData: Array.isArray((self as unknown as { __next_f?: unknown }).__next_f),
    refresh: document.querySelector("meta[http-equiv]") !== null,
  }));
  if (state.base !== articleUrl) escaped.push(`document base changed to ${state.base}`);
  if (!state.nextData) escaped.push("self.__next_f is not React's array");
  if (state.refresh) escaped.push("a meta http-equiv reached the page");
  await sleep(300); // SVG animations and autofocus fire right after load.

  // Back on the article, whether a link led away at once or (a client-side navigation of the
  // site's own) a moment later.
  const backToArticle = async (always: boolean) => {
    const now = new URL(page.url());
    if (!always && `${now.origin}${now.pathname}` === articleUrl) return;
    // A link to another page of the site is ordinary; leaving the site in this tab is not.
    if (now.origin !== baseUrl) escaped.push(`navigated to ${page.url()}`);
    await page.goto(articleUrl, { timeout: 30_000 });
  };

  const clickOne = async (index: number) => {
    const target = page.locator("article .prose").first().locator(TARGETS).nth(index);
    // A link to another site opens in a new tab, which cannot reach this page (noopener): its
    // address is what matters. Headless Chromium here opens new tabs unreliably, so it is read,
    // not clicked.
    const link = await target.evaluate(
      (element) => (element instanceof HTMLAnchorElement && element.target === "_blank" ? { href: element.href, rel: element.rel } : null),
      undefined,
      { timeout: 5_000 },
    );
    if (link) {
      if (!/^https?:\/\//i.test(link.href) || !/\bnoopener\b/.test(link.rel)) escaped.push(`new-tab link to ${link.href}`);
      return;
    }
    // A reader's click where the reader could click; the same event sent to what is hidden.
    if (await target.isVisible()) await target.click({ timeout: 5_000, force: true, noWaitAfter: true }).catch(() => undefined);
    else await target.dispatchEvent("click", undefined, { timeout: 5_000 }).catch(() => undefined);
    // Timed here rather than in the page: a page that is navigating does not answer until it has.
    await sleep(100);
  };

  const count = await page.locator("article .prose").first().locator(TARGETS).count();
  for (let index = 0; index < count; index += 1) {
    await backToArticle(false);
    // A navigation that started after the check above takes the element away: load the article
    // again and try once more.
    await clickOne(index).catch(async () => {
      await backToArticle(true);
      await clickOne(index).catch((error: Error) => escaped.push(`element ${index} could not be clicked: ${error.message.split("\n")[0]}`));
    });
  }
  await sleep(300);
  await backToArticle(false);
  return escaped;
}

test("every accepted vector's page is inert: no dialog, no error, no request or navigation away", async ({ browser }) => {
  // About 2 s a page on a quiet two-core machine, three at a time; room for a busy one.
  test.setTimeout(1_200_000);
  const baseUrl = server?.url ?? "";
  const escapes: string[] = [];
  // One context for every page, so the site's scripts come from the cache after the first, and a
  // few pages at a time; a page of its own per vector keeps each one's listeners apart.
  const context = await browser.newContext();
  const queue = [...accepted];
  const browseNext = async (): Promise<void> => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const started = Date.now();
      const page = await context.newPage();
      // A page that stops answering is reported with its vector, not as the whole test's timeout.
      const stuck = sleep(90_000).then(() => null);
      const found = await Promise.race([attack(page, baseUrl, entry.slug), stuck]);
      if (found) {
        for (const escape of found) escapes.push(`${entry.file}: ${escape}`);
        // Headless Chromium here has once left a close unanswered for the rest of the test's
        // 20 minutes (CI, 2026-12-03): the lane goes on without waiting for it.
        await Promise.race([page.close(), sleep(10_000)]);
      } else {
        escapes.push(`${entry.file}: the page stopped answering`);
        // Closing a page that does not answer would not answer either.
        void page.close().catch(() => undefined);
      }
      const seconds = (Date.now() - started) / 1000;
      if (seconds > 30) console.log(`${entry.file}: ${seconds.toFixed(1)} s`);
    }
  };
  await Promise.all(Array.from({ length: 3 }, browseNext));
  await Promise.race([context.close(), sleep(10_000)]);
  expect(escapes).toEqual([]);
});

test("an ordinary article keeps what editors write, and the page still hydrates", async ({ page }) => {
  const baseUrl = server?.url ?? "";
  for (const slug of ["legitimate-md", "legitimate-mdx"]) {
    await page.goto(`${baseUrl}/articles/${slug}`);
    const body = page.locator("article .prose").first();
    await expect(body.locator("table td").filter({ hasText: "10億円" })).toBeVisible();
    await expect(body.locator("ruby rt")).toHaveText("かんじ");
    await expect(body.locator("kbd").first()).toHaveText("Ctrl");
    await expect(body.locator("mark")).toHaveText("重要");
    await expect(body.locator("figure figcaption")).toHaveText("図1 調達額の推移");
    await body.locator("details summary").click();
    await expect(body.locator("details")).toHaveAttribute("open", "");
    // The in-page link and the 目次 both lead to the prefixed heading id.
    await body.getByRole("link", { name: "見出しへ" }).click();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe("#user-content-はじめに");
    // A link shared before ids were prefixed still lands on its heading.
    await page.goto(`${baseUrl}/articles/${slug}#${encodeURIComponent("はじめに")}`);
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe("#user-content-はじめに");
    await expect(page.locator("#user-content-はじめに")).toBeInViewport();
  }
});

test("the build refuses a file the check refuses, naming the file and line", async () => {
  test.setTimeout(300_000);
  // An .mdx file that is not valid MDX where there is one: the hardest case for check and build to agree on.
  const refusedFiles = [...refusedProblems.keys()];
  const refusedFile = refusedFiles.find((file) => file.endsWith(".mdx")) ?? refusedFiles[0];
  test.skip(refusedFile === undefined, "no vector is refused");
  const entry = ARTICLES.find((candidate) => candidate.file === refusedFile);
  if (!entry) throw new Error(`${refusedFile} is not a vector`);
  const root = writeTree([article("legitimate-md", "md", LEGITIMATE_BODY), entry]);
  const distDir = ".next-hostile-refused";
  try {
    // The operator's build command, content check included.
    const build = await runCommand("npm", ["run", "build"], { CONTENT_DIR: root, NEXT_DIST_DIR: distDir });
    expect(build.code).not.toBe(0);
    const [problem] = refusedProblems.get(entry.file) ?? [];
    expect(build.output).toContain(`articles/${entry.file}:${problem?.line}:`);
  } finally {
    fs.rmSync(path.join(process.cwd(), distDir), { recursive: true, force: true });
  }
});
