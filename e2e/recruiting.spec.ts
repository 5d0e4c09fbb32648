// The related recruiting sidebar beside (desktop) or below (phone) an article.
import { expect, test, type Page } from "@playwright/test";
import { articleCards, expectNoHorizontalOverflow, listedArticles, main, recruitingSidebar, sidebarJobTitles } from "./helpers";
import { CONTENT, SAMPLE } from "./fixtures/cases";

const CTA_LABELS = [/^転職相談/, /^採用担当の方はこちら$/, /^業務委託案件をお探しの方はこちら$/] as const;

test.describe("related jobs", () => {
  test("shows at most three jobs, each with a title, company and apply link", async ({ page }) => {
    await page.goto(CONTENT.jekyllPost.path);
    const sidebar = recruitingSidebar(page);
    await expect(sidebar.getByRole("heading", { level: 2, name: "この記事に関連する求人" })).toBeVisible();
    const titles = await sidebarJobTitles(page);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.length).toBeLessThanOrEqual(3);
    expect(new Set(titles).size, "no job twice").toBe(titles.length);
    // Each job leads to its own page on the site, where the apply button is.
    const jobLinks = sidebar.getByRole("heading", { level: 3 }).getByRole("link");
    for (const link of await jobLinks.all()) {
      await expect(link).toHaveAttribute("href", /^\/jobs\/[^/]+$/);
    }
    const first = jobLinks.first();
    const firstTitle = (await first.innerText()).trim();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(firstTitle);
  });

  test("never lists the expired job, even for the article it matches best", async ({ page }) => {
    // The expired job shares 半導体, AI, machine learning and 投資分析 with this article.
    await page.goto(SAMPLE.investment.path);
    const titles = await sidebarJobTitles(page);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).not.toContain(CONTENT.expiredJob);
    await expect(page.getByText(CONTENT.expiredJob)).toHaveCount(0);
  });

  test("the job sharing the article's tags comes first", async ({ page }) => {
    // Article tags C#, AI/ML, 生成AI, LLM (テクノロジー); the C# job has C#, AI/ML, 生成AI (テクノロジー).
    await page.goto(CONTENT.csharpArticlePath);
    const titles = await sidebarJobTitles(page);
    expect(titles[0]).toBe(CONTENT.csharpJob);
  });
});

test("the three calls to action are sidebar links whose pages answer 200", async ({ page, request }) => {
  await page.goto(CONTENT.specialTitlePath);
  const sidebar = recruitingSidebar(page);
  for (const label of CTA_LABELS) {
    const link = sidebar.getByRole("link", { name: label });
    await expect(link).toBeVisible();
    const href = await link.getAttribute("href");
    expect(href).toBeTruthy();
    const response = await request.get(href ?? "");
    expect(response.status(), `${String(label)} → ${href}`).toBe(200);
  }
  // Following one of them shows its page.
  await sidebar.getByRole("link", { name: CTA_LABELS[1] }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("採用担当");
});

test("the header links recruiters and freelancers to pages that answer 200", async ({ page, request }) => {
  await page.goto("/");
  const header = page.getByRole("banner");
  for (const name of ["採用担当の方はこちら", "業務委託案件をお探しの方はこちら"]) {
    const link = header.getByRole("link", { name, exact: true });
    await expect(link).toBeVisible();
    const href = await link.getAttribute("href");
    const response = await request.get(href ?? "");
    expect(response.status(), `${name} → ${href}`).toBe(200);
  }
  await header.getByRole("link", { name: "業務委託案件をお探しの方はこちら" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("業務委託");
});

/** Every published article's address, read from the home listing pages. */
async function allArticlePaths(page: Page): Promise<string[]> {
  return (await listedArticles(page)).map((article) => article.path);
}

test("every article: at most 3 open jobs; sidebar right of the body on desktop, below it on phones without sideways scroll", async ({ page }, testInfo) => {
  const paths = await allArticlePaths(page);
  expect(paths.length).toBeGreaterThan(10);
  // A budget per article, not a speed target: the loop grows with the content.
  test.setTimeout(30_000 + paths.length * 6_000);
  for (const path of paths) {
    await page.goto(path);
    const titles = await sidebarJobTitles(page);
    expect(titles.length, `jobs on ${path}`).toBeGreaterThan(0);
    expect(titles.length, `jobs on ${path}`).toBeLessThanOrEqual(3);
    expect(titles, `jobs on ${path}`).not.toContain(CONTENT.expiredJob);

    const body = main(page).getByRole("article").filter({ has: page.getByRole("heading", { level: 1 }) });
    const bodyBox = await body.boundingBox();
    const sidebarBox = await recruitingSidebar(page).boundingBox();
    if (!bodyBox || !sidebarBox) throw new Error(`article or sidebar not laid out on ${path}`);
    if (testInfo.project.name === "phone") {
      expect(sidebarBox.y, `sidebar below the article on ${path}`).toBeGreaterThanOrEqual(bodyBox.y + bodyBox.height);
      await expectNoHorizontalOverflow(page);
    } else {
      expect(sidebarBox.x, `sidebar right of the article on ${path}`).toBeGreaterThanOrEqual(bodyBox.x + bodyBox.width);
      expect(sidebarBox.y, `sidebar beside the article on ${path}`).toBeLessThan(bodyBox.y + bodyBox.height);
    }
  }
});

test("phones: listings and index pages do not scroll sideways", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone layout only");
  for (const path of ["/", "/page/2", "/tags", "/categories", `/tags/${encodeURIComponent("AI/ML")}`, "/contact/career", "/articles/does-not-exist"]) {
    await page.goto(path);
    await expectNoHorizontalOverflow(page);
  }
});
