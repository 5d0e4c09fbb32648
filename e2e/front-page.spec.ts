// The front page as a reader of a news site meets it: a top story, the latest articles, a section
// per category, the ranking and the recruiting column, in that order on a phone.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { instant, listedCategories, publishedArticles, termKey, termPagePath } from "./content";
import { FRONT } from "./fixtures/cases";
import { main } from "./helpers";

const PAGE_SIZE = 10;
const categoryOrder = listedCategories().map((category) => category.name);

const newestFirst = () => [...publishedArticles()].sort((a, b) => instant(b.date).getTime() - instant(a.date).getTime());
const region = (page: Page, name: string) => main(page).getByRole("region", { name, exact: true });
// textContent, not innerText: sections off screen are not drawn (content-visibility), yet hold their text.
const tileTitles = async (area: Locator) => (await area.getByRole("heading", { level: 3 }).allTextContents()).map((text) => text.trim());

test("the top story is the newest featured article, with its picture loaded first", async ({ page }) => {
  await page.goto("/");
  const top = region(page, "注目の記事");
  await expect(top.getByRole("heading", { level: 3 })).toHaveText(FRONT.featured.title);
  await expect(top.getByRole("link", { name: FRONT.featured.title })).toHaveAttribute("href", FRONT.featured.path);
  const picture = top.locator("img").first();
  await expect(picture).toHaveAttribute("loading", "eager");
  await expect(picture).toHaveAttribute("fetchpriority", "high");
});

test("the latest grid holds the rest of page 1, and page links continue the list", async ({ page }) => {
  await page.goto("/");
  const expected = newestFirst()
    .slice(0, PAGE_SIZE)
    .filter((article) => article.title !== FRONT.featured.title)
    .map((article) => article.title);
  expect(await tileTitles(region(page, "新着記事"))).toEqual(expected);

  await main(page).getByRole("navigation", { name: "ページ送り" }).getByRole("link", { name: "次へ" }).click();
  await expect(page).toHaveURL(/\/page\/2$/);
  const second = newestFirst().slice(PAGE_SIZE, 2 * PAGE_SIZE).map((article) => article.title);
  await expect(main(page).getByRole("article").getByRole("heading", { level: 2 })).toHaveText(second);
});

test("a section per category, in the order of categories.yml, with its newest four and a link to all", async ({ page }) => {
  await page.goto("/");
  const articles = newestFirst();
  const used = categoryOrder.filter((name) => articles.some((article) => article.category && termKey(article.category) === termKey(name)));
  expect(used.length).toBeGreaterThan(1);
  const headings = (await main(page).getByRole("region").getByRole("heading", { level: 2 }).allTextContents()).map((text) => text.trim());
  expect(headings.filter((heading) => used.includes(heading)), "sections in the order of categories.yml").toEqual(used);
  for (const name of used) {
    const section = region(page, name);
    const newest = articles.filter((article) => article.category && termKey(article.category) === termKey(name)).slice(0, 4);
    expect(await tileTitles(section), name).toEqual(newest.map((article) => article.title));
    const all = section.getByRole("link", { name: `${name}の記事をすべて見る` });
    await expect(all).toHaveAttribute("href", termPagePath("categories", name));
  }
});

test("every card has a 16:9 picture; an article without one shows its category instead, and pictures below the screen wait", async ({ page }) => {
  await page.goto("/");
  const boxes = main(page).locator(".aspect-video");
  const count = await boxes.count();
  expect(count).toBeGreaterThan(10);
  for (let index = 0; index < count; index += 1) {
    const box = await boxes.nth(index).boundingBox();
    expect(box, `card ${index}`).not.toBeNull();
    expect(Math.abs(box!.width / box!.height - 16 / 9), `card ${index} ratio`).toBeLessThan(0.05);
  }
  const latest = region(page, "新着記事");
  const unpictured = latest.getByRole("article").filter({ hasText: FRONT.unpictured.title });
  await expect(unpictured.locator("img")).toHaveCount(0);
  await expect(unpictured.locator(".aspect-video")).toContainText("テクノロジー");
  const pictured = latest.getByRole("article").filter({ hasText: FRONT.pictured.title }).locator("img");
  await expect(pictured).toHaveAttribute("alt", "");
  await expect(pictured).toHaveAttribute("loading", "lazy");
});

test("the recruiting column: the newest open jobs and the three calls to action", async ({ page }) => {
  await page.goto("/");
  const jobs = main(page).getByRole("region", { name: "新着の求人" });
  await expect(jobs.getByRole("article")).toHaveCount(3);
  await expect(jobs.getByRole("link", { name: "求人一覧へ" })).toHaveAttribute("href", "/jobs");
  for (const label of ["転職相談（無料）", "採用担当の方はこちら", "業務委託案件をお探しの方はこちら"]) {
    await expect(jobs.getByRole("link", { name: label })).toBeVisible();
  }
});

test.describe("layout", () => {
  test("on a phone it reads top story, latest, categories, 人気記事, then the recruiting column", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    const tops: number[] = [];
    for (const name of ["注目の記事", "新着記事", categoryOrder[0]!, /^人気記事/, "新着の求人"]) {
      const box = await main(page).getByRole("region", { name, exact: typeof name === "string" }).boundingBox();
      expect(box, String(name)).not.toBeNull();
      tops.push(box!.y);
    }
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  });

  test("on a phone the page keeps the screen's width while it loads, so it never zooms out and back", async ({ page, isMobile }) => {
    test.skip(!isMobile, "only a phone's browser zooms a page out to fit what is wider than the screen");
    await page.addInitScript(() => {
      const widths: number[] = [];
      (window as unknown as { layoutWidths: number[] }).layoutWidths = widths;
      const sample = () => {
        widths.push(window.innerWidth);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.goto("/", { waitUntil: "load" });
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    const widths = await page.evaluate(() => (window as unknown as { layoutWidths: number[] }).layoutWidths);
    expect(widths.length).toBeGreaterThan(0);
    expect(Math.max(...widths)).toBe(page.viewportSize()!.width);
  });

  test("on a desktop 人気記事 and the recruiting column sit beside the articles", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    const lead = (await region(page, "注目の記事").boundingBox())!;
    const ranking = (await main(page).getByRole("region", { name: /^人気記事/ }).boundingBox())!;
    const jobs = (await main(page).getByRole("region", { name: "新着の求人" }).boundingBox())!;
    for (const side of [ranking, jobs]) expect(side.x).toBeGreaterThan(lead.x + lead.width);
    expect(ranking.y).toBeLessThan(lead.y + lead.height);
    expect(jobs.y).toBeGreaterThan(ranking.y);
  });
});
