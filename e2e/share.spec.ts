// The share bars above and below an article: plain service links, URL copy with its toast, native share.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { articleBody, canonicalUrl, main, onceOnly } from "./helpers";
import { articleByFile } from "./content";
import { SAMPLE } from "./fixtures/cases";

const BARS = ["この記事を共有（記事の上）", "この記事を共有（記事の下）"] as const;
const COPIED = "URLをコピーしました!";

/** Each service: its link name, where it lives, and the query parameters carrying the URL and title. */
const SERVICES = [
  { name: "X", hosts: ["x.com", "twitter.com"], urlParam: "url", titleParam: "text" },
  { name: "Facebook", hosts: ["www.facebook.com", "facebook.com"], urlParam: "u", titleParam: null },
  { name: "はてなブックマーク", hosts: ["b.hatena.ne.jp"], urlParam: "url", titleParam: "title" },
  { name: "LINE", hosts: ["social-plugins.line.me", "line.me"], urlParam: "url", titleParam: "text" },
] as const;

function shareBar(page: Page, name: string) {
  return page.getByRole("navigation", { name });
}

/** The toast readers see after copying (one live region per bar; the message fills one). */
function toast(page: Page) {
  return page.getByRole("status").filter({ hasText: /\S/ });
}

async function grantClipboard(context: BrowserContext, page: Page) {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
}

test("share bars above and below the article, each with the four services and the copy button", async ({ page }) => {
  await page.goto(SAMPLE.special.path);
  const top = await shareBar(page, BARS[0]).boundingBox();
  const bottom = await shareBar(page, BARS[1]).boundingBox();
  const body = await articleBody(page).boundingBox();
  if (!top || !bottom || !body) throw new Error("share bars or body not laid out");
  for (const name of BARS) {
    for (const service of SERVICES) {
      await expect(shareBar(page, name).getByRole("link", { name: new RegExp(`^${service.name}`) })).toBeVisible();
    }
    await expect(shareBar(page, name).getByRole("button", { name: "URLをコピー" })).toBeVisible();
  }
  expect(top.y + top.height).toBeLessThanOrEqual(body.y);
  expect(bottom.y).toBeGreaterThanOrEqual(body.y + body.height);
});

test("X, Facebook, はてなブックマーク and LINE links carry the encoded URL and title", async ({ page }, testInfo) => {
  onceOnly(testInfo.project.name); // their visibility on phones: the test above
  // The title has 「」, & and <…>: the links must keep it whole.
  const { title } = articleByFile(SAMPLE.special.file);
  await page.goto(SAMPLE.special.path);
  const url = await canonicalUrl(page);
  expect(new URL(url).pathname).toBe(SAMPLE.special.path);

  for (const barName of BARS) {
    const bar = shareBar(page, barName);
    await expect(bar).toBeVisible();
    for (const service of SERVICES) {
      const link = bar.getByRole("link", { name: new RegExp(`^${service.name}`) });
      await expect(link, `${service.name} in ${barName}`).toBeVisible();
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", /noopener/);
      const href = (await link.getAttribute("href")) ?? "";
      const parsed = new URL(href);
      expect(parsed.protocol).toBe("https:");
      expect(service.hosts as readonly string[]).toContain(parsed.hostname);
      // Percent-encoded, so the URL's own : / survive as one parameter.
      expect(href, `${service.name} href`).toContain(`${service.urlParam}=${encodeURIComponent(url)}`);
      expect(parsed.searchParams.get(service.urlParam)).toBe(url);
      if (service.titleParam) {
        expect(parsed.searchParams.get(service.titleParam), `${service.name} title`).toBe(title);
        expect(href).toContain(encodeURIComponent(title));
      }
    }
  }
});

test.describe("URLをコピー", () => {
  for (const barName of BARS) {
    test(`in ${barName}: shows 「${COPIED}」 and puts the URL on the clipboard`, async ({ page, context }) => {
      await page.goto(SAMPLE.jekyll.path);
      await grantClipboard(context, page);
      const url = await canonicalUrl(page);
      await expect(toast(page)).toHaveCount(0);
      // Something else on the clipboard first, so only this copy can put the URL there.
      await page.evaluate(() => navigator.clipboard.writeText("before"));

      await shareBar(page, barName).getByRole("button", { name: "URLをコピー" }).click();
      const message = toast(page);
      await expect(message).toHaveText(COPIED);
      await expect(message).toHaveCSS("opacity", "1");
      await expect(message).toBeInViewport();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

      // The toast goes away by itself (checked once: it takes a few seconds).
      if (barName === BARS[0]) await expect(message).toHaveCount(0, { timeout: 6000 });
    });
  }

  test("still copies where the Clipboard API is missing", async ({ page, context }) => {
    await page.addInitScript(() => {
      // Old WebViews and plain-http pages have no navigator.clipboard.
      delete (Navigator.prototype as { clipboard?: unknown }).clipboard;
    });
    await page.goto(SAMPLE.jekyll.path);
    await grantClipboard(context, page);
    expect(await page.evaluate(() => "clipboard" in navigator)).toBe(false);
    const url = await canonicalUrl(page);
    // Another tab of the same browser still has the API: it clears the clipboard and reads it back.
    const reader = await context.newPage();
    await reader.goto(SAMPLE.jekyll.path);
    await reader.evaluate(() => navigator.clipboard.writeText("before"));
    await page.bringToFront();

    await shareBar(page, BARS[0]).getByRole("button", { name: "URLをコピー" }).click();
    await expect(toast(page)).toHaveText(COPIED);

    await reader.bringToFront();
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await reader.close();
  });
});

test.describe("native share", () => {
  test("the button appears only where the browser can share", async ({ page }) => {
    await page.goto(SAMPLE.jekyll.path);
    const canShare = await page.evaluate(() => typeof navigator.share === "function");
    await expect(main(page).getByRole("button", { name: "URLをコピー" })).toHaveCount(2);
    await expect(main(page).getByRole("button", { name: "その他の方法で共有" })).toHaveCount(canShare ? 2 : 0);
  });

  test("without navigator.share there is no share button", async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
      delete (Navigator.prototype as { canShare?: unknown }).canShare;
    });
    await page.goto(SAMPLE.jekyll.path);
    await expect(main(page).getByRole("button", { name: "URLをコピー" }).first()).toBeVisible();
    await expect(main(page).getByRole("button", { name: "その他の方法で共有" })).toHaveCount(0);
  });

  test("with navigator.share the button opens the share sheet with the URL and title", async ({ page }) => {
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      Object.defineProperty(window, "__shared", { value: shared });
      Object.defineProperty(Navigator.prototype, "share", {
        configurable: true,
        value: async (data: unknown) => {
          shared.push(data);
        },
      });
    });
    await page.goto(SAMPLE.special.path);
    const { title } = articleByFile(SAMPLE.special.file);
    const url = await canonicalUrl(page);
    const button = shareBar(page, BARS[0]).getByRole("button", { name: "その他の方法で共有" });
    await expect(button).toBeVisible();
    await button.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared))
      .toEqual([{ url, title }]);
  });
});

test("on a phone each share bar is one row of icons, each named for screen readers", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(SAMPLE.special.path);
  for (const name of BARS) {
    const controls = shareBar(page, name).locator("a, button");
    const boxes = await controls.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top));
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    expect(new Set(boxes.map(Math.round)).size, `${name}: one row`).toBe(1);
    // The visible label is hidden on a phone (a round 44 px icon); the accessible name stays.
    const facebook = shareBar(page, name).getByRole("link", { name: /^Facebook/ });
    await expect(facebook).toBeVisible();
    expect((await facebook.boundingBox())!.width).toBeLessThanOrEqual(48);
  }
});
