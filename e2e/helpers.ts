// Shared helpers for the reader-facing end-to-end tests.
import { expect, test, type Locator, type Page } from "@playwright/test";

/** What a reader sees on one article card of a listing (home, tags, categories). */
export interface CardData {
  title: string;
  href: string;
  dateText: string;
  category: string;
  excerpt: string;
  tags: string[];
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The page's main landmark. */
export function main(page: Page): Locator {
  return page.getByRole("main");
}

/** The article cards of a listing page, in the order the reader sees them. */
export function articleCards(page: Page): Locator {
  return main(page).getByRole("article");
}

/** "2026年11月18日" → a sortable number (20261118); throws when the text is not such a date. */
export function japaneseDateValue(text: string): number {
  const match = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text.trim());
  if (!match) throw new Error(`not a Japanese date: "${text}"`);
  const [, y, m, d] = match;
  return Number(y) * 10_000 + Number(m) * 100 + Number(d);
}

/** Reads every card of the current listing page. */
export async function readCards(page: Page): Promise<CardData[]> {
  const cards = articleCards(page);
  const count = await cards.count();
  const result: CardData[] = [];
  for (let index = 0; index < count; index += 1) {
    const card = cards.nth(index);
    const titleLink = card.getByRole("heading", { level: 2 }).getByRole("link");
    const tagLinks = card.getByRole("list", { name: "タグ", exact: true }).getByRole("link");
    result.push({
      title: (await titleLink.innerText()).trim(),
      href: (await titleLink.getAttribute("href")) ?? "",
      dateText: (await card.locator("time").innerText()).trim(),
      // The category link comes before the title, in the card's meta line.
      category: (await card.getByRole("link").first().innerText()).trim(),
      excerpt: (await card.locator("h2 + p").innerText()).trim(),
      tags: (await tagLinks.allInnerTexts()).map((text) => text.trim()),
    });
  }
  return result;
}

/**
 * The title links of the latest-articles list on the current page: the front page's top story and
 * grid, or a listing page's cards (tag, category, author, /page/2…).
 */
export function latestListLinks(page: Page): Locator {
  const front = main(page)
    .getByRole("region", { name: "注目の記事", exact: true })
    .or(main(page).getByRole("region", { name: "新着記事", exact: true }));
  return front
    .getByRole("heading", { level: 3 })
    .getByRole("link")
    .or(articleCards(page).getByRole("heading", { level: 2 }).getByRole("link"));
}

/** Titles of the articles the current page lists (see latestListLinks). */
export async function cardTitles(page: Page): Promise<string[]> {
  const titles = await latestListLinks(page).allInnerTexts();
  return titles.map((title) => title.trim());
}

/** The value of a `公開日` / `更新日` / `著者` row in the article header. */
export function metaValue(page: Page, label: string): Locator {
  return main(page)
    .locator("article > header dl > div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
    .locator("dd");
}

/** The related recruiting sidebar of an article. */
export function recruitingSidebar(page: Page): Locator {
  return page.getByRole("complementary", { name: "この記事に関連する求人" });
}

/** Titles of the jobs listed in the sidebar, in order. */
export async function sidebarJobTitles(page: Page): Promise<string[]> {
  const headings = recruitingSidebar(page)
    .getByRole("region", { name: "この記事に関連する求人" })
    .getByRole("heading", { level: 3 });
  // The link carries a visually hidden "(opens in a new tab)" note; keep the visible title.
  const texts = await headings.evaluateAll((elements) =>
    elements.map((element) => {
      const clone = element.cloneNode(true) as HTMLElement;
      clone.querySelectorAll(".sr-only").forEach((node) => node.remove());
      return (clone.textContent ?? "").trim();
    }),
  );
  return texts;
}

/** Nothing on the page is wider than the viewport. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, "page scrolls horizontally").toBeLessThanOrEqual(innerWidth);
}

/** A tag link on /tags: "#C#" followed by its count ("2件"). */
export function tagIndexLink(page: Page, tag: string): Locator {
  return main(page).getByRole("link", { name: new RegExp(`^#${escapeRegExp(tag)}\\s*\\d+\\s*件$`) });
}

/** The article count a term link on /tags or /categories shows. */
export async function termLinkCount(link: Locator): Promise<number> {
  // The link holds two spans: the name, then the count with a visually hidden "件".
  const text = (await link.locator(":scope > span").last().innerText()).trim();
  const match = /^(\d+)\s*件?$/.exec(text);
  if (!match) throw new Error(`no count in "${text}"`);
  return Number(match[1]);
}

/** The value of the `<meta>` the selector names (its content attribute), or "" when it has none. */
export async function metaTagValue(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((meta) => (meta as HTMLMetaElement).content);
}

/** The site's name as readers see it after each page title. */
export const SITE_NAME = "テックキャリア・インサイト";

export interface ListedArticle {
  title: string;
  path: string;
}

/** Every published article as the home listing pages show it, newest first. */
export async function listedArticles(page: Page): Promise<ListedArticle[]> {
  const result: ListedArticle[] = [];
  let next: string | null = "/";
  while (next) {
    await page.goto(next);
    const links = latestListLinks(page);
    const found = await links.evaluateAll((anchors) =>
      anchors.map((a) => ({ title: (a.textContent ?? "").trim(), path: a.getAttribute("href") ?? "" })),
    );
    result.push(...found);
    const nextLink = page.getByRole("navigation", { name: "ページ送り" }).getByRole("link", { name: "次へ" });
    next = (await nextLink.count()) > 0 ? await nextLink.getAttribute("href") : null;
  }
  return result;
}

/** The raw texts of the `<script type="application/ld+json">` elements of an HTML document. */
export function jsonLdScriptTexts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? "");
}

/** The article's own address, as its canonical link gives it (absolute). */
export async function canonicalUrl(page: Page): Promise<string> {
  const href = await page.locator('link[rel="canonical"]').getAttribute("href");
  if (!href) throw new Error("no canonical link");
  return href;
}

/** The article body (the rendered Markdown). */
export function articleBody(page: Page): Locator {
  return main(page).locator("article .prose");
}

/** The 目次 the reader can see (the side column on wide screens, the opened panel on phones). */
export function tocNav(page: Page): Locator {
  return page.getByRole("navigation", { name: "目次", exact: true });
}

/** Wide screens (xl, ≥1280px) show the 目次 as a side column. */
export function isWide(page: Page): boolean {
  return (page.viewportSize()?.width ?? 0) >= 1280;
}

/** Checks whose page is the same on every device run once, on the desktop project. */
export function onceOnly(projectName: string): void {
  test.skip(projectName !== "desktop", "the same on every device: checked once");
}
