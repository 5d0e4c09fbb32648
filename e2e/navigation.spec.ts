// A reader's journey: the latest articles, the next page, an article, its tag and category.
import { expect, test } from "@playwright/test";
import { instant, japaneseDate, publishedArticles } from "./content";
import { articleCards, cardTitles, escapeRegExp, japaneseDateValue, main, readCards } from "./helpers";

const newestFirst = () => [...publishedArticles()].sort((a, b) => instant(b.date).getTime() - instant(a.date).getTime());

test.describe("latest articles listing", () => {
  test("lists the latest articles newest first, each with title, date, category, excerpt and tags", async ({ page }) => {
    const response = await page.goto("/page/2");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("新着記事（2ページ目）");

    const cards = await readCards(page);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThanOrEqual(10);

    // Page 2 opens with the eleventh newest article.
    const eleventh = newestFirst()[10];
    expect(eleventh, "the fixture content fills more than one page").toBeDefined();
    expect(cards[0]?.dateText).toBe(japaneseDate(instant(eleventh!.date)));

    for (const card of cards) {
      expect(card.title, "card title").not.toBe("");
      expect(card.href).toMatch(/^\/articles\/[^/]+$/);
      expect(card.dateText).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
      expect(card.category, `category of ${card.title}`).not.toBe("");
      expect(card.category).not.toBe(card.title);
      expect(card.excerpt.length, `excerpt of ${card.title}`).toBeGreaterThan(10);
      expect(card.tags.length, `tags of ${card.title}`).toBeGreaterThan(0);
      for (const tag of card.tags) expect(tag).toMatch(/^#\S/);
    }

    const dates = cards.map((card) => japaneseDateValue(card.dateText));
    const sorted = [...dates].sort((a, b) => b - a);
    expect(dates, "dates are newest first").toEqual(sorted);

    // The machine-readable dates agree with the visible ones, in Japan time.
    const datetimes = await articleCards(page).locator("time").evaluateAll((times) =>
      times.map((time) => time.getAttribute("datetime") ?? ""),
    );
    datetimes.forEach((value, index) => {
      expect(value).toMatch(/\+09:00$/);
      const [y, m, d] = value.slice(0, 10).split("-").map(Number);
      expect((y ?? 0) * 10_000 + (m ?? 0) * 100 + (d ?? 0)).toBe(dates[index]);
    });
  });

  test("page 2 continues the front page's list and links back to it", async ({ page }) => {
    await page.goto("/");
    const frontTitles = async () => [
      ...(await main(page).getByRole("region", { name: "注目の記事" }).getByRole("heading", { level: 3 }).allInnerTexts()),
      ...(await main(page).getByRole("region", { name: "新着記事", exact: true }).getByRole("heading", { level: 3 }).allInnerTexts()),
    ];
    const firstPage = (await frontTitles()).map((title) => title.trim());
    const oldestOnFirstPage = Math.min(
      ...newestFirst()
        .filter((article) => firstPage.includes(article.title))
        .map((article) => japaneseDateValue(japaneseDate(instant(article.date)))),
    );

    const pagination = page.getByRole("navigation", { name: "ページ送り" });
    await expect(pagination).toBeVisible();
    await expect(pagination.locator("[aria-current=page]")).toHaveText("1");
    await pagination.getByRole("link", { name: "次へ" }).click();

    await expect(page).toHaveURL(/\/page\/2$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("2ページ目");
    const secondPage = await readCards(page);
    expect(secondPage.length).toBeGreaterThan(0);
    for (const card of secondPage) {
      expect(firstPage, "no article on both pages").not.toContain(card.title);
      expect(japaneseDateValue(card.dateText)).toBeLessThanOrEqual(oldestOnFirstPage);
    }
    await expect(pagination.locator("[aria-current=page]")).toHaveText("2");

    await pagination.getByRole("link", { name: "前へ" }).click();
    await expect(page).toHaveURL(/\/$/);
    expect((await frontTitles()).map((title) => title.trim())).toEqual(firstPage);

    // The numbered link reaches page 2 as well.
    await pagination.getByRole("link", { name: "2", exact: true }).click();
    await expect(page).toHaveURL(/\/page\/2$/);
    expect(await cardTitles(page)).toEqual(secondPage.map((card) => card.title));
  });
});

test("journey: article → tag page → back → category page → back", async ({ page }) => {
  await page.goto("/page/2");
  const [first] = await readCards(page);
  if (!first) throw new Error("home lists no article");

  await articleCards(page).first().getByRole("heading", { level: 2 }).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(first.href)}$`));
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(first.title);

  // A tag link in the article header.
  const tagLinks = main(page).locator("article > header").getByRole("list", { name: "タグ", exact: true }).getByRole("link");
  await expect(tagLinks.first()).toBeVisible();
  const tagText = (await tagLinks.first().innerText()).trim();
  const tagName = tagText.replace(/^#/, "");
  await tagLinks.first().click();
  await expect(page).toHaveURL(/\/tags\//);
  await expect(h1).toContainText(tagName);
  await expect(main(page).getByRole("link", { name: first.title, exact: true })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(first.href)}$`));
  await expect(h1).toHaveText(first.title);

  // The category link in the article header, spelled as on the home card.
  const categoryLink = main(page).locator("article > header").getByRole("link", { name: first.category, exact: true });
  await categoryLink.click();
  await expect(page).toHaveURL(/\/categories\//);
  await expect(h1).toContainText(first.category);
  await expect(main(page).getByRole("link", { name: first.title, exact: true })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(first.href)}$`));
  await expect(h1).toHaveText(first.title);
});
