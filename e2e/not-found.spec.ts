// Addresses that do not exist answer 404 (never 500), in Japanese, with a way back home.
import { expect, test } from "@playwright/test";
import { cardTitles, main } from "./helpers";
import { CONTENT } from "./fixtures/cases";

const MISSING = [
  "/articles/does-not-exist",
  "/tags/存在しないタグ",
  "/categories/nope",
  "/page/999",
  "/page/abc",
  "/tags/AI/page/99",
  "/articles/%E0%A4%A",
  CONTENT.draft.path,
  CONTENT.scheduled.path,
  // Tags used only by the draft and by the scheduled article.
  "/tags/規制",
  "/tags/量子コンピュータ",
] as const;

test.describe("404 status", () => {
  for (const path of MISSING) {
    test(`${path} answers 404`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain("ページが見つかりません");
    });
  }
});

test.describe("404 page", () => {
  test("missing article, tag and draft show the Japanese 404 page with a working link home", async ({ page }) => {
    for (const path of ["/articles/does-not-exist", "/tags/存在しないタグ", CONTENT.draft.path]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("ページが見つかりません");
      await expect(page.locator("html")).toHaveAttribute("lang", "ja");
      // Nothing of a hidden article leaks onto its 404 page.
      await expect(page.getByText(CONTENT.draft.title)).toHaveCount(0);
      await main(page).getByRole("link", { name: "トップページへ戻る" }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(main(page).getByRole("region", { name: "新着記事", exact: true })).toBeVisible();
    }
  });
});

test.describe("drafts and scheduled articles stay hidden", () => {
  const hiddenTitles = [CONTENT.draft.title, CONTENT.scheduled.title];
  const hiddenSlugs = [CONTENT.draft.path, CONTENT.scheduled.path];

  test("not on the home listing pages", async ({ page }) => {
    await page.goto("/");
    const titles = [...(await cardTitles(page))];
    const pagination = page.getByRole("navigation", { name: "ページ送り" });
    const pageLinks = await pagination.getByRole("link", { name: /^\d+$/ }).evaluateAll((links) =>
      links.map((link) => link.getAttribute("href") ?? ""),
    );
    for (const href of pageLinks) {
      await page.goto(href);
      titles.push(...(await cardTitles(page)));
    }
    expect(titles.length).toBeGreaterThan(10);
    for (const title of hiddenTitles) expect(titles).not.toContain(title);
  });

  test("not on any tag or category page", async ({ page, request }) => {
    const hrefs: string[] = [];
    for (const index of ["/tags", "/categories"]) {
      await page.goto(index);
      hrefs.push(
        ...(await main(page)
          .getByRole("link")
          .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))),
      );
    }
    expect(hrefs.length).toBeGreaterThan(10);
    // Tags only the hidden articles use must not appear at all.
    expect(hrefs).not.toContain(`/tags/${encodeURIComponent("規制")}`);
    expect(hrefs).not.toContain(`/tags/${encodeURIComponent("量子コンピュータ")}`);
    for (const href of hrefs) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const html = await response.text();
      for (const title of hiddenTitles) expect(html, `${title} on ${href}`).not.toContain(title);
      for (const slug of hiddenSlugs) expect(html, `${slug} on ${href}`).not.toContain(slug);
    }
  });
});
