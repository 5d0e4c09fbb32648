// Article pictures (アイキャッチ): under the title with their size known before they load, with
// alternative text and a credit, and as the picture a share of the article shows.
import { expect, test } from "@playwright/test";
import { articleByFile } from "./content";
import { FRONT, SAMPLE } from "./fixtures/cases";
import { main, metaTagValue } from "./helpers";

const hero = (page: import("@playwright/test").Page) => main(page).locator("article figure").first();

test("an article's picture sits under its title, sized before it loads, with its alt text and credit", async ({ page }) => {
  await page.goto(FRONT.pictured.path);
  const article = articleByFile(FRONT.pictured.file);
  const picture = hero(page).getByRole("img");
  await expect(picture).toHaveAttribute("alt", "点と線が結ばれたネットワークの図");
  await expect(picture).toHaveAttribute("width", "1200");
  await expect(picture).toHaveAttribute("height", "675");
  await expect(picture).toHaveAttribute("fetchpriority", "high");
  await expect(hero(page).locator("figcaption")).toHaveText("写真: テスト用の図版");
  // The box is there before the file arrives: its proportions are the picture's.
  const box = (await picture.boundingBox())!;
  expect(Math.abs(box.width / box.height - 1200 / 675)).toBeLessThan(0.02);
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const heading = (await main(page).getByRole("heading", { level: 1 }).boundingBox())!;
  expect(box.y).toBeGreaterThan(heading.y);

  // Shared with its own picture, as an absolute address.
  for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
    const url = new URL(await metaTagValue(page, selector));
    expect(url.pathname, selector).toBe(article.image);
  }
  expect(await metaTagValue(page, 'meta[property="og:image:alt"]')).toBe("点と線が結ばれたネットワークの図");
});

test("Jekyll's picture forms show too: image: { path, alt }, feature_image, header.image", async ({ page }) => {
  for (const [file, alt] of [
    ["csharp-game-engineer-ai-shift.mdx", "四角いブロックが線でつながる図"],
    ["defi-yield-risk-analysis.mdx", "棒グラフと折れ線の図"],
    ["rust-adoption-in-fintech.mdx", "回路の配線の図"],
  ] as const) {
    const article = articleByFile(file);
    await page.goto(`/articles/${article.slug}`);
    const picture = hero(page).getByRole("img");
    await expect(picture, file).toHaveAttribute("alt", alt);
    expect(new URL(await metaTagValue(page, 'meta[property="og:image"]')).pathname, file).toBe(article.image);
  }
});

test("an article without a picture has none on the page and keeps its drawn share card", async ({ page }) => {
  await page.goto(SAMPLE.roundup.path);
  await expect(main(page).locator("article figure")).toHaveCount(0);
  expect(new URL(await metaTagValue(page, 'meta[property="og:image"]')).pathname).toBe(`${SAMPLE.roundup.path}/opengraph-image`);
});

test("the picture is served resized for the screen", async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(FRONT.pictured.path);
  const picture = hero(page).getByRole("img");
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.currentSrc)).toContain("/_next/image");
  const source = new URL(await picture.evaluate((img: HTMLImageElement) => img.currentSrc));
  expect(Number(source.searchParams.get("w"))).toBeLessThan(1200);
  const served = await request.get(`${source.pathname}${source.search}`);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toMatch(/^image\//);
});
