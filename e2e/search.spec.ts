// Site search: /search (server-rendered, works without JavaScript), the header box, /api/search.
// Expectations come from the fixture articles (e2e/content.ts), never from the site's own search code.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { boldLineHeading } from "../lib/content/bold-headings";
import { main } from "./helpers";
import { articleByFile, publishedArticles, termKey, type ContentArticle } from "./content";
import { CONTENT, SEARCH_FILES } from "./fixtures/cases";

interface ApiResult {
  title: string;
  url: string;
  path: string;
  snippet: { text: string; match: boolean }[];
}

interface ApiAnswer {
  query: string;
  total: number;
  page: number;
  totalPages: number;
  results: ApiResult[];
}

const HIDDEN_TITLES = [CONTENT.draft.title, CONTENT.scheduled.title];
const HIDDEN_PATHS = [CONTENT.draft.path, CONTENT.scheduled.path];

async function api(request: APIRequestContext, q: string, page = 1): Promise<ApiAnswer> {
  const response = await request.get(`/api/search?q=${encodeURIComponent(q)}&page=${page}`);
  expect(response.status(), `/api/search?q=${q}&page=${page}`).toBe(200);
  return (await response.json()) as ApiAnswer;
}

/** Every result title of a query, across all pages. */
async function allTitles(request: APIRequestContext, q: string): Promise<string[]> {
  const first = await api(request, q);
  const titles = first.results.map((r) => r.title);
  for (let page = 2; page <= first.totalPages; page += 1) titles.push(...(await api(request, q, page)).results.map((r) => r.title));
  expect(titles.length).toBe(first.total);
  return titles;
}

function resultsSection(page: Page) {
  return main(page).getByRole("region", { name: /の検索結果：\d+件/ });
}

/** Titles of the results shown on the current /search page. */
async function shownTitles(page: Page): Promise<string[]> {
  const texts = await resultsSection(page).getByRole("listitem").getByRole("heading", { level: 3 }).allInnerTexts();
  return texts.map((t) => t.trim());
}

async function openSearch(page: Page, q: string, pageNumber = 1): Promise<void> {
  const response = await page.goto(`/search?q=${encodeURIComponent(q)}${pageNumber > 1 ? `&page=${pageNumber}` : ""}`);
  expect(response?.status()).toBe(200);
}

/**
 * The best field a term is in, as an editor reads the file: title 4 > tags 3 > headings 2 > body 1.
 * Headings are `#` lines and whole-line bold headings.
 */
function fieldRank(article: ContentArticle, term: string): number {
  const key = termKey(term);
  if (termKey(article.title).includes(key)) return 4;
  if (article.tags.some((tag) => termKey(tag).includes(key))) return 3;
  const headings = article.body.split("\n").filter((line) => /^\s{0,3}#{1,6}\s/.test(line) || boldLineHeading(line) !== null);
  if (headings.some((line) => termKey(line).includes(key))) return 2;
  return 1;
}

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("「自治体」 finds the article that says 「地方自治体」, highlighted in a snippet", async ({ page }) => {
    const article = articleByFile(SEARCH_FILES.municipality);
    expect(article.body).toContain("地方自治体");
    await openSearch(page, "自治体");
    await expect(resultsSection(page)).toBeVisible();
    expect(await shownTitles(page)).toContain(article.title);
    const item = resultsSection(page).getByRole("listitem").filter({ hasText: article.title });
    const marks = item.locator("mark");
    await expect(marks.first()).toHaveText("自治体");
    // The mark sits inside the snippet text, which shows the surrounding words.
    await expect(item.locator("p", { has: page.locator("mark") })).toContainText("地方自治体");
  });

  test("「生成AI」 and 「生成ＡＩ」 find each other, on the page and in the API", async ({ page, request }) => {
    const fullWidth = articleByFile(SEARCH_FILES.fullWidthAi);
    expect(fullWidth.body).toContain("生成ＡＩ");
    expect(fullWidth.title + fullWidth.tags.join()).not.toContain("生成AI");
    const halfWidthTitled = publishedArticles().filter((a) => a.title.includes("生成AI"));
    expect(halfWidthTitled.length).toBeGreaterThan(0);

    const ascii = await allTitles(request, "生成AI");
    const wide = await allTitles(request, "生成ＡＩ");
    expect(ascii).toContain(fullWidth.title);
    for (const article of halfWidthTitled) expect(wide).toContain(article.title);
    expect([...wide].sort()).toEqual([...ascii].sort());

    await openSearch(page, "生成ＡＩ");
    expect(await shownTitles(page)).toContain(halfWidthTitled[0]?.title);
    await openSearch(page, "生成AI");
    const shown = await shownTitles(page);
    expect(shown).toEqual((await api(request, "生成AI")).results.map((r) => r.title));
  });

  test("「サイバー」 does not match 「サイドバー」", async ({ page, request }) => {
    const sidebar = articleByFile(SEARCH_FILES.sidebar);
    expect(sidebar.body).toContain("サイドバー");
    expect(await allTitles(request, "サイドバー")).toContain(sidebar.title);
    const cyber = await allTitles(request, "サイバー");
    expect(cyber).not.toContain(sidebar.title);
    const expectedCyber = publishedArticles().filter((a) => termKey(a.title + a.body + a.tags.join(" ")).includes("サイバー"));
    expect(cyber.length).toBe(expectedCyber.length);
    await openSearch(page, "サイバー");
    expect(await shownTitles(page)).not.toContain(sidebar.title);
    if (expectedCyber.length === 0) await expect(main(page)).toContainText("該当する記事は見つかりませんでした。");
  });

  test("Latin terms ignore case and width", async ({ request }) => {
    const rustArticles = publishedArticles().filter((a) => a.tags.some((t) => termKey(t) === "rust"));
    expect(rustArticles.length).toBeGreaterThan(0);
    const base = (await allTitles(request, "rust")).sort();
    for (const article of rustArticles) expect(base).toContain(article.title);
    for (const variant of ["Rust", "RUST", "ｒｕｓｔ", "ＲＵＳＴ"]) {
      expect((await allTitles(request, variant)).sort(), variant).toEqual(base);
    }
  });

  test("ranking: title > tags > headings > body", async ({ request }) => {
    for (const term of ["セキュリティ", "生成AI", "転職"]) {
      const titles = await allTitles(request, term);
      expect(titles.length, term).toBeGreaterThan(1);
      const byTitle = new Map(publishedArticles().map((a) => [a.title, a]));
      const ranks = titles.map((title) => {
        const article = byTitle.get(title);
        if (!article) throw new Error(`「${term}」: "${title}" is not a published article`);
        return fieldRank(article, term);
      });
      for (let i = 1; i < ranks.length; i += 1) {
        expect(ranks[i], `「${term}」 result ${i + 1} ("${titles[i]}") ranks above a better match: ${ranks.join(",")}`).toBeLessThanOrEqual(ranks[i - 1] ?? 0);
      }
      // Every article with the term in its title or tags is found.
      for (const article of publishedArticles()) {
        if (fieldRank(article, term) >= 3) expect(titles, term).toContain(article.title);
      }
    }
  });

  test("results are paginated, on the page and in the API", async ({ page, request }) => {
    let query = "";
    let first: ApiAnswer | null = null;
    for (const candidate of ["AI", "の"]) {
      const answer = await api(request, candidate);
      if (answer.total > 10) {
        query = candidate;
        first = answer;
        break;
      }
    }
    if (!first) throw new Error("no query with more than 10 results");
    expect(first.results).toHaveLength(10);
    expect(first.totalPages).toBe(Math.ceil(first.total / 10));
    const second = await api(request, query, 2);
    expect(second.page).toBe(2);
    expect(second.results).toHaveLength(Math.min(10, first.total - 10));
    const firstTitles = first.results.map((r) => r.title);
    for (const r of second.results) expect(firstTitles).not.toContain(r.title);

    await openSearch(page, query);
    expect(await shownTitles(page)).toEqual(firstTitles);
    await expect(resultsSection(page)).toContainText(`${first.total}件`);
    const next = page.getByRole("navigation", { name: "ページ送り" }).getByRole("link", { name: "次へ" });
    await next.click();
    await expect(page).toHaveURL(/[?&]page=2\b/);
    expect(await shownTitles(page)).toEqual(second.results.map((r) => r.title));
  });

  test("an empty or whitespace-only query shows help, not an error", async ({ page, request }) => {
    for (const url of ["/search", "/search?q=", "/search?q=%20%20", "/search?q=%E3%80%80"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(main(page).getByRole("heading", { name: "キーワードを入力してください" }), url).toBeVisible();
      await expect(main(page).getByRole("search")).toBeVisible();
      await expect(main(page).getByRole("link", { name: /^#/ }).first()).toBeVisible();
    }
    const answer = await api(request, "   ");
    expect(answer.total).toBe(0);
    expect(answer.results).toEqual([]);
  });

  test("drafts and scheduled articles are never found", async ({ page, request }) => {
    // Words the hidden articles share with published ones: results come back, without them.
    for (const q of ["Web3", "AI"]) {
      expect(HIDDEN_TITLES.join(" "), q).toContain(q);
      const titles = await allTitles(request, q);
      expect(titles.length, q).toBeGreaterThan(0);
      for (const hidden of HIDDEN_TITLES) expect(titles, q).not.toContain(hidden);
    }
    // Their own titles and words find nothing of them.
    const queries = [...HIDDEN_TITLES, "量子コンピュータ", "下書き", "Web3関連規制", "2030年代"];
    for (const q of queries) {
      const answer = await api(request, q);
      for (const r of answer.results) {
        expect(HIDDEN_TITLES, q).not.toContain(r.title);
        expect(HIDDEN_PATHS, q).not.toContain(new URL(r.url).pathname);
      }
    }
    // Everything search can return is a published article.
    const published = new Set(publishedArticles().map((a) => a.title));
    for (const title of await allTitles(request, "の")) expect(published.has(title), title).toBe(true);
    await openSearch(page, "量子コンピュータ");
    for (const title of await shownTitles(page)) expect(HIDDEN_TITLES).not.toContain(title);
    for (const path of HIDDEN_PATHS) await expect(main(page).locator(`a[href="${path}"]`)).toHaveCount(0);
  });

  test("the page and the API give the same results", async ({ page, request }) => {
    const answer = await api(request, "Web3");
    await openSearch(page, "Web3");
    const links = resultsSection(page).getByRole("listitem").getByRole("heading", { level: 3 }).getByRole("link");
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(await shownTitles(page)).toEqual(answer.results.map((r) => r.title));
    expect(hrefs).toEqual(answer.results.map((r) => r.path));
    for (const r of answer.results) expect(r.url).toMatch(/^https?:\/\/[^/]+\/articles\/[\x21-\x7e]+$/);
  });
});

// The bounds on a query: these use no article, only what the reader is told and the page's status.
test.describe("query bounds", () => {
  test.use({ javaScriptEnabled: false });

  const tooLong = (characters: number) => `検索語は100文字までです（入力は${characters}文字）。短くしてもう一度検索してください。`;

  test("a query over 100 characters is refused with a message and searches nothing; the API answers 400", async ({ page, request }) => {
    for (const [query, characters] of [
      ["あ".repeat(101), 101],
      // Characters are code points: 101 of these are 202 UTF-16 units.
      ["𠮷".repeat(101), 101],
      ["生成AIの活用 ".repeat(63).slice(0, 500), 500],
    ] as const) {
      await openSearch(page, query);
      await expect(main(page).getByRole("status")).toHaveText(tooLong(characters));
      await expect(resultsSection(page)).toHaveCount(0);
      await expect(main(page).getByRole("searchbox")).toHaveValue(query);

      const response = await request.get(`/api/search?q=${encodeURIComponent(query)}`);
      expect(response.status()).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(await response.json()).toEqual({ error: tooLong(characters) });
    }
  });

  test("a query of exactly 100 characters is searched", async ({ page, request }) => {
    const query = "𠮷".repeat(100);
    await openSearch(page, query);
    await expect(resultsSection(page)).toBeVisible();
    await expect(main(page).getByRole("status")).toHaveCount(0);
    expect((await request.get(`/api/search?q=${encodeURIComponent(query)}`)).status()).toBe(200);
  });

  test("past eight terms, the first eight are searched and the rest are named", async ({ page, request }) => {
    const query = "一 二 三 四 五 六 七 八 九 十";
    const notice = "検索語は8語までです。最初の8語で検索しました（「九」「十」は含めていません）。";
    await openSearch(page, query);
    await expect(main(page).getByRole("status")).toHaveText(notice);
    await expect(resultsSection(page)).toBeVisible();

    const answer = (await (await request.get(`/api/search?q=${encodeURIComponent(query)}`)).json()) as Record<string, unknown>;
    expect(answer.terms).toEqual(["一", "二", "三", "四", "五", "六", "七", "八"]);
    expect(answer.ignoredTerms).toEqual(["九", "十"]);
    expect(answer.notice).toBe(notice);
  });
});

test.describe("search with JavaScript", () => {
  test("wide screens: the header search box leads to the results", async ({ page }) => {
    test.skip((page.viewportSize()?.width ?? 0) < 1024, "the header box shows from 1024px");
    await page.goto("/");
    const box = page.getByRole("banner").getByRole("searchbox", { name: "サイト内検索" });
    await expect(box).toBeVisible();
    await box.fill("自治体");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=%E8%87%AA%E6%B2%BB%E4%BD%93$/);
    expect(await shownTitles(page)).toContain(articleByFile(SEARCH_FILES.municipality).title);
    await expect(main(page).getByRole("searchbox")).toHaveValue("自治体");
  });

  test("phones: the 検索 menu link opens a form that searches", async ({ page }) => {
    test.skip((page.viewportSize()?.width ?? 0) >= 1024, "phones only");
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("searchbox")).toBeHidden();
    await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "検索", exact: true }).click();
    await expect(page).toHaveURL(/\/search$/);
    const box = main(page).getByRole("searchbox", { name: "サイト内検索" });
    await expect(box).toBeVisible();
    await box.fill("サイドバー");
    await main(page).getByRole("button", { name: "検索" }).click();
    await expect(page).toHaveURL(/\/search\?q=/);
    expect(await shownTitles(page)).toContain(articleByFile(SEARCH_FILES.sidebar).title);
  });
});
