// Things every page shares: the language, one h1, and a skip link for keyboard users.
import { expect, test } from "@playwright/test";
import { CONTENT } from "./fixtures/cases";

const PAGES = [
  "/",
  "/page/2",
  CONTENT.jekyllPost.path,
  CONTENT.specialTitlePath,
  `/articles/${encodeURIComponent(CONTENT.japaneseSlug)}`,
  "/tags",
  `/tags/${encodeURIComponent("AI/ML")}`,
  "/categories",
  `/categories/${encodeURIComponent("投資分析")}`,
  "/contact/career",
  "/contact/recruiters",
  "/contact/freelance",
  "/articles/does-not-exist",
];

test("every page is Japanese and has exactly one h1", async ({ page }) => {
  // A budget per page, not a speed target.
  test.setTimeout(PAGES.length * 5_000);
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
    await expect(page.locator("h1"), path).toHaveCount(1);
    expect((await page.title()).length, `title of ${path}`).toBeGreaterThan(0);
  }
});

test("Tab from the top reaches the skip link first, and it moves to the content", async ({ page }) => {
  for (const path of ["/", CONTENT.jekyllPost.path]) {
    await page.goto(path);
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused, path).toHaveText("本文へスキップ");
    await expect(focused).toHaveAttribute("href", "#main");
    await expect(focused).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await expect(page.getByRole("main")).toBeInViewport();
  }
});
