// What a reader sees on an article page.
import { expect, test } from "@playwright/test";
import { escapeRegExp, main, metaValue } from "./helpers";
import { CONTENT, SAMPLE } from "./fixtures/cases";

test.describe("Jekyll post", () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(CONTENT.jekyllPost.path);
    expect(response?.status()).toBe(200);
  });

  test("header: title, Japanese date in JST, author, reading time, category and tags", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(CONTENT.jekyllPost.title);

    // date: 2025-10-08 04:27:15 +0000 is 13:27:15 on 8 October in Japan.
    const published = metaValue(page, "公開日").locator("time");
    await expect(published).toHaveText("2025年10月8日");
    await expect(published).toHaveAttribute("datetime", "2025-10-08T13:27:15+09:00");

    await expect(metaValue(page, "更新日"), "no 更新日 without `updated`").toHaveCount(0);
    await expect(metaValue(page, "著者")).toHaveText("編集部");
    await expect(main(page).getByText(/^約\d+分で読めます$/)).toHaveText("約6分で読めます");

    const header = main(page).locator("article > header");
    await expect(header.getByRole("link", { name: "投資分析", exact: true })).toHaveAttribute(
      "href",
      `/categories/${encodeURIComponent("投資分析")}`,
    );
    const tags = await header.getByRole("list", { name: "タグ", exact: true }).getByRole("link").allInnerTexts();
    expect(tags.map((tag) => tag.trim())).toEqual(["#生成AI", "#AI", "#スタートアップ", "#資金調達", "#最新ニュース"]);
    // The tags are repeated at the end of the article.
    await expect(main(page).getByRole("list", { name: "この記事のタグ" }).getByRole("link")).toHaveCount(tags.length);
  });

  test("body: headings, lists, emphasis, <br> as a line break, no visible HTML comment", async ({ page }) => {
    const body = main(page).locator("article .prose");
    // The post writes its sections as ###; the body's top level is shown as the section heading (h2).
    await expect(body.getByRole("heading", { level: 2, name: "調達ラウンドに見える3つの変化" })).toBeVisible();
    await expect(body.getByRole("heading", { level: 2, name: "まとめ" })).toBeVisible();

    const lists = body.getByRole("list");
    await expect(lists).toHaveCount(2);
    await expect(lists.first().getByRole("listitem")).toHaveCount(3);
    await expect(lists.first().getByRole("listitem").first()).toHaveText("シード段階でも数億円規模の調達が珍しくなくなった");
    // A whole-line **bold** paragraph is a heading one level below; bold inside a sentence stays bold.
    await expect(body.getByRole("heading", { level: 3, name: "評価額の高騰をどう見るか" })).toBeVisible();
    await expect(body.locator("strong", { hasText: "顧客の課題をどれだけ確実に解いているか" })).toBeVisible();

    const paragraph = body.locator("p", { hasText: "評価額の上昇そのものは" });
    await expect(paragraph.locator("br")).toHaveCount(1);
    const text = await paragraph.innerText();
    expect(text).toMatch(/上がります。\n調達から/);
    expect(text).not.toContain("<br");

    const visible = await body.innerText();
    expect(visible).not.toContain("編集メモ");
    expect(visible).not.toContain("<!--");
    await expect(body.getByText("編集メモ")).toHaveCount(0);

    const external = body.getByRole("link", { name: /キャリア特集/ });
    await expect(external).toHaveAttribute("href", "https://example.com/career");
  });

  test("the title the editor pasted as the first line is shown once, as the h1", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(CONTENT.jekyllPost.title);
    // Besides the h1, only the breadcrumb's last item names the article; the body does not repeat it.
    // (The side column's 人気記事 may list the article too: that is a link to it, not a repeat.)
    const exact = main(page).locator("article").first().getByText(CONTENT.jekyllPost.title, { exact: true });
    await expect(exact).toHaveCount(2);
    await expect(page.getByRole("navigation", { name: "パンくずリスト" }).getByText(CONTENT.jekyllPost.title, { exact: true })).toHaveCount(1);
    await expect(main(page).locator("article .prose").getByText(CONTENT.jekyllPost.title, { exact: true })).toHaveCount(0);
    const firstParagraph = main(page).locator("article .prose p").first();
    await expect(firstParagraph).not.toHaveText(CONTENT.jekyllPost.title);
    await expect(firstParagraph).toContainText("2025年に入ってから");
  });
});

test("an article with `updated` shows 更新日 next to 公開日", async ({ page }) => {
  await page.goto(CONTENT.updatedArticle.path);
  await expect(metaValue(page, "公開日").locator("time")).toHaveText(CONTENT.updatedArticle.published);
  const updated = metaValue(page, "更新日").locator("time");
  await expect(updated).toHaveText(CONTENT.updatedArticle.updated);
  await expect(updated).toHaveAttribute("datetime", /^2026-03-05T18:00:00\+09:00$/);
  await expect(main(page).getByText(/^約\d+分で読めます$/)).toHaveText("約7分で読めます");
});

test.describe("Japanese file name", () => {
  for (const [label, path] of [
    ["raw", `/articles/${CONTENT.japaneseSlug}`],
    ["percent-encoded", `/articles/${encodeURIComponent(CONTENT.japaneseSlug)}`],
  ] as const) {
    test(`opens from the ${label} URL`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(CONTENT.japaneseSlugTitle);
      await expect(main(page).locator("article .prose h2").first()).toBeVisible();
    });
  }

  test("its card on the listing leads to it, with the same date", async ({ page }) => {
    await page.goto("/page/2");
    const card = main(page).getByRole("article").filter({ hasText: CONTENT.japaneseSlugTitle });
    const cardDate = (await card.locator("time").innerText()).trim();
    await card.getByRole("link", { name: CONTENT.japaneseSlugTitle, exact: true }).click();
    await expect(metaValue(page, "公開日").locator("time")).toHaveText(cardDate);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(CONTENT.japaneseSlugTitle);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/articles/${CONTENT.japaneseSlug}`);
  });
});

test("a title with quotes, & and <…> is shown literally in the h1 and the tab title", async ({ page }) => {
  await page.goto(CONTENT.specialTitlePath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CONTENT.specialTitle);
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(CONTENT.specialTitle)}( \\| .+)?$`));
  expect(await page.title()).not.toContain("&amp;");
  expect(await page.title()).not.toContain("&lt;");
});

test("an image from public/ keeps its space before it loads and arrives resized for the screen", async ({ page, request }) => {
  await page.goto(SAMPLE.investment.path);
  const image = main(page).getByRole("img", { name: /設備投資指数の棒グラフ/ });
  await expect(image).toHaveAttribute("width", "1200");
  await expect(image).toHaveAttribute("height", "640");
  // Lazy and below the fold, yet the page already holds a box of the image's proportions.
  const box = await image.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(100);
  expect((box?.height ?? 0) / (box?.width ?? 1)).toBeCloseTo(640 / 1200, 1);

  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const source = await image.evaluate((img: HTMLImageElement) => img.currentSrc);
  expect(new URL(source).pathname).toBe("/_next/image");
  const served = await request.get(source);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toMatch(/^image\//);
});
