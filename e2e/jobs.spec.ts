// A reader looking for a job: the list, its filters (kept in the URL, with or without JavaScript),
// a job's page with its apply button and related articles, and what happens to expired jobs.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { jsonLdScriptTexts, main, metaTagValue, recruitingSidebar } from "./helpers";
import { CONTENT, JOBS } from "./fixtures/cases";

function results(page: Page) {
  return main(page).getByRole("region", { name: /求人/ });
}

async function listedTitles(page: Page): Promise<string[]> {
  return (await results(page).getByRole("heading", { level: 3 }).allInnerTexts()).map((text) => text.trim());
}

async function listedEmployments(page: Page): Promise<string[]> {
  return (await results(page).getByRole("article").locator("p:first-child > span:first-child").allInnerTexts()).map((t) => t.trim());
}

function filter(page: Page, label: "雇用形態" | "タグ" | "勤務地") {
  return main(page).getByRole("form", { name: "求人の絞り込み" }).getByLabel(label);
}

test("the header links to the job list", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "求人一覧" }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("求人一覧");
});

test("/jobs lists the open jobs newest first, never the expired one", async ({ page }) => {
  await page.goto("/jobs");
  const titles = await listedTitles(page);
  expect(titles.length).toBeGreaterThan(5);
  expect(titles).toContain(JOBS.genai.title);
  expect(titles).not.toContain(JOBS.expired.title);
  await expect(results(page).getByRole("heading", { level: 2 })).toContainText(`${titles.length}件`);
  const posted = await results(page).locator("article time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime") ?? ""));
  expect(posted).toHaveLength(titles.length);
  expect([...posted].sort().reverse(), "newest first").toEqual(posted);
});

test("filtering by employment type keeps the filter in the URL and in the form", async ({ page }) => {
  await page.goto("/jobs");
  await filter(page, "雇用形態").selectOption("正社員");
  await page.getByRole("button", { name: "この条件で絞り込む" }).click();
  // The selects left at "すべて" are dropped from the address.
  await expect(page).toHaveURL(/\/jobs\?employment=%E6%AD%A3%E7%A4%BE%E5%93%A1$/);
  await expect(filter(page, "雇用形態")).toHaveValue("正社員");
  await expect(results(page).getByRole("heading", { level: 2 })).toContainText("条件に合う求人");
  const employments = await listedEmployments(page);
  expect(employments.length).toBeGreaterThan(0);
  expect(new Set(employments)).toEqual(new Set(["正社員"]));
  expect(await metaTagValue(page, 'meta[name="robots"]')).toMatch(/noindex/);
  await page.getByRole("link", { name: "条件をクリア" }).click();
  await expect(page).toHaveURL(/\/jobs$/);
});

test("a tag in the URL matches in any case, and a filter nothing matches says so", async ({ page }) => {
  await page.goto(`/jobs?tag=${encodeURIComponent("c#")}`);
  expect(await listedTitles(page)).toEqual([JOBS.csharp.title]);
  await page.goto(`/jobs?tag=${encodeURIComponent("存在しないタグ")}`);
  await expect(main(page)).toContainText("条件に合う求人はありません。");
  await expect(filter(page, "タグ")).toHaveValue("存在しないタグ");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form works: tag C#, then remote work", async ({ page }) => {
    await page.goto("/jobs");
    await filter(page, "タグ").selectOption("C#");
    await page.getByRole("button", { name: "この条件で絞り込む" }).click();
    await expect(page).toHaveURL(/\/jobs\?tag=C%23$/);
    await expect(results(page).getByRole("heading", { level: 2 })).toContainText("条件に合う求人");
    expect(await listedTitles(page)).toEqual([JOBS.csharp.title]);

    await page.goto("/jobs");
    await filter(page, "勤務地").selectOption("リモート");
    await page.getByRole("button", { name: "この条件で絞り込む" }).click();
    await expect(page).toHaveURL(`/jobs?location=${encodeURIComponent("リモート")}`);
    await expect(results(page).getByRole("heading", { level: 2 })).toContainText("条件に合う求人");
    const remote = await listedTitles(page);
    expect(remote).toContain(JOBS.rust.title);
    expect(remote).toContain(JOBS.genai.title);
    for (const location of await results(page).getByRole("article").locator("p:first-child > span:nth-child(2)").allInnerTexts()) {
      expect(location).toContain("リモート");
    }
  });
});

test("a job page: the post, its facts, an apply button to its URL, and articles sharing its tags", async ({ page }) => {
  await page.goto("/jobs");
  await results(page).getByRole("link", { name: JOBS.genai.title }).click();
  await expect(page).toHaveURL(new RegExp(`${JOBS.genai.path}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(JOBS.genai.title);
  await expect(main(page)).toContainText(JOBS.genai.company);
  await expect(main(page).getByRole("heading", { level: 2, name: "仕事内容" })).toBeVisible();
  await expect(main(page).getByText("募集終了")).toHaveCount(0);

  const apply = main(page).getByRole("link", { name: /この求人に応募する/ });
  await expect(apply.first()).toHaveAttribute("href", JOBS.genai.url);
  await expect(apply.first()).toHaveAttribute("target", "_blank");

  const related = main(page).getByRole("region", { name: "この求人に関連する記事" }).getByRole("link");
  const articlePaths = await related.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(articlePaths.length).toBeGreaterThan(0);
  // Each one shares a tag with the job: open one and read its tags.
  await page.goto(articlePaths[0] ?? "/");
  const articleTags = (await main(page).getByRole("list", { name: "この記事のタグ" }).getByRole("link").allInnerTexts()).map((t) =>
    t.replace(/^#/, "").trim().toLowerCase(),
  );
  expect(articleTags.some((tag) => JOBS.genai.tags.some((jobTag) => jobTag.toLowerCase() === tag))).toBe(true);
});

test("a job page carries JobPosting JSON-LD, valid through the end of its expires day in JST", async ({ request }) => {
  const html = await (await request.get(JOBS.genai.path)).text();
  const postings = jsonLdScriptTexts(html)
    .map((text) => JSON.parse(text))
    .filter((data) => data["@type"] === "JobPosting");
  expect(postings).toHaveLength(1);
  const posting = postings[0];
  expect(posting.title).toBe(JOBS.genai.title);
  expect(posting.validThrough).toBe(`${JOBS.genai.expires}T23:59:59+09:00`);
  expect(posting.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
  expect(posting.employmentType).toBe("FULL_TIME");
  expect(posting.hiringOrganization).toEqual({ "@type": "Organization", name: JOBS.genai.company });
  expect(posting.jobLocationType).toBe("TELECOMMUTE");
  expect(posting.jobLocation.address.addressRegion).toBe("東京都");
  expect(posting.baseSalary.value).toMatchObject({ minValue: 7_000_000, maxValue: 11_000_000, unitText: "YEAR" });
  expect(posting.description).not.toMatch(/[#*<>]/);
});

test("an expired job keeps its page but says 募集終了, has no apply button and is not indexed", async ({ page, request }) => {
  await page.goto(JOBS.expired.path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(JOBS.expired.title);
  await expect(main(page).getByText("募集終了", { exact: true })).toBeVisible();
  await expect(main(page).getByText("この求人の募集は終了しました。")).toBeVisible();
  await expect(main(page).getByRole("link", { name: /応募する/ })).toHaveCount(0);
  expect(await metaTagValue(page, 'meta[name="robots"]')).toMatch(/noindex/);
  expect(await (await request.get("/sitemap.xml")).text()).not.toContain(JOBS.expired.path);
});

test("a job id that does not exist answers 404", async ({ request }) => {
  const response = await request.get("/jobs/no-such-job");
  expect(response.status()).toBe(404);
});

test("the sidebar's job titles open the job's page on this site", async ({ page }) => {
  await page.goto(CONTENT.csharpArticlePath);
  const link = recruitingSidebar(page).getByRole("link", { name: JOBS.csharp.title });
  await expect(link).toHaveAttribute("href", JOBS.csharp.path);
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(JOBS.csharp.title);
});

test("axe finds nothing on the job list (filtered) and on open and expired job pages", async ({ page }) => {
  // Three full axe runs: a slow test on a busy machine.
  test.slow();
  for (const path of [`/jobs?tag=${encodeURIComponent("AI")}`, JOBS.genai.path, JOBS.expired.path]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${path}: ${violation.id} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
