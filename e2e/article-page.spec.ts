// The article page around the text: 目次, reading time, breadcrumbs, related and adjacent
// articles, author pages, footnotes and ※ notes, the investment notice, PR labels, phrase breaks.
import { expect, test, type Page } from "@playwright/test";
import { articleBody, cardTitles, escapeRegExp, expectNoHorizontalOverflow, isWide, listedArticles, main, metaValue, onceOnly, recruitingSidebar, tocNav } from "./helpers";
import {
  articleByFile,
  articleByTitle,
  authorKey,
  authorName,
  authorPath,
  contentProfiles,
  expectedToc,
  footnoteDefinitions,
  instant,
  japaneseCharCount,
  noteParagraphs,
  publishedArticles,
  termKey,
  termPagePath,
  type ContentArticle,
} from "./content";
import { SAMPLE } from "./fixtures/cases";

/** Categories and tags whose articles carry the investment notice (the site's documented default). */
const INVESTMENT_TERMS = ["投資分析", "投資", "暗号資産", "株式"].map(termKey);

function needsInvestmentNotice(article: ContentArticle): boolean {
  return [...article.categories, ...article.tags].some((term) => INVESTMENT_TERMS.includes(termKey(term)));
}

function sharesTagOrCategory(a: ContentArticle, b: ContentArticle): boolean {
  const tags = new Set(a.tags.map(termKey));
  const categories = new Set(a.categories.map(termKey));
  return b.tags.some((tag) => tags.has(termKey(tag))) || b.categories.some((category) => categories.has(termKey(category)));
}

function bodyHeading(page: Page, text: string) {
  return articleBody(page).getByRole("heading", { name: text, exact: true });
}

/** The 目次 summary that opens the panel on narrow screens. */
function tocSummary(page: Page) {
  return main(page).locator("summary", { hasText: /^目次$/ });
}

test.describe("目次", () => {
  const cases = [
    ["## and ### headings", SAMPLE.agent],
    ["### headings and whole-line **bold** paragraphs (Jekyll post)", SAMPLE.jekyll],
  ] as const;
  for (const [label, sample] of cases) {
    test(`lists the ${label}, and each entry leads to its heading`, async ({ page }) => {
      const expected = expectedToc(articleByFile(sample.file));
      expect(expected.length).toBeGreaterThanOrEqual(2);
      await page.goto(sample.path);
      const nav = tocNav(page);

      if (isWide(page)) {
        // A side column left of the text; no collapsible copy in the flow.
        await expect(nav).toBeVisible();
        await expect(tocSummary(page)).toBeHidden();
        const navBox = await nav.boundingBox();
        const titleBox = await page.getByRole("heading", { level: 1 }).boundingBox();
        if (!navBox || !titleBox) throw new Error("目次 or title not laid out");
        expect(navBox.x + navBox.width, "目次 left of the text").toBeLessThanOrEqual(titleBox.x);
      } else {
        // Phones: closed in the flow, below the top share bar and above the first section.
        const summary = tocSummary(page);
        await expect(summary).toBeVisible();
        await expect(nav).toHaveCount(0);
        const summaryBox = await summary.boundingBox();
        const shareBox = await page.getByRole("navigation", { name: "この記事を共有（記事の上）" }).boundingBox();
        const firstHeadingBox = await bodyHeading(page, expected[0] ?? "").boundingBox();
        if (!summaryBox || !shareBox || !firstHeadingBox) throw new Error("not laid out");
        expect(summaryBox.y).toBeGreaterThan(shareBox.y);
        expect(summaryBox.y).toBeLessThan(firstHeadingBox.y);
        await summary.click();
        await expect(nav).toBeVisible();
      }

      const links = nav.getByRole("link");
      await expect(links).toHaveText(expected);
      for (const [index, text] of expected.entries()) {
        await links.nth(index).click();
        const heading = bodyHeading(page, text);
        await expect(heading, `entry "${text}"`).toBeInViewport();
        const id = await heading.getAttribute("id");
        expect(id, `heading "${text}" has an anchor`).toBeTruthy();
        await expect.poll(() => decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(id);
      }
    });
  }

  test("wide screens: the 目次 stays on screen and marks the section being read", async ({ page }) => {
    test.skip(!isWide(page), "the side column is for screens 1280px and wider");
    const expected = expectedToc(articleByFile(SAMPLE.agent.file));
    await page.goto(SAMPLE.agent.path);
    const nav = tocNav(page);
    const current = nav.locator('a[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveText(expected[0] ?? "");

    // Bring each section to the top of the screen, as a reader scrolling on does. Where the section
    // fills most of the screen (the next heading is in its lower half), its entry must be the marked one.
    let checked = 0;
    for (const [index, text] of expected.entries()) {
      await bodyHeading(page, text).evaluate((heading) => heading.scrollIntoView({ block: "start" }));
      await expect(nav, "目次 stays in view (sticky)").toBeInViewport();
      const next = expected[index + 1];
      const nextTop = next ? await bodyHeading(page, next).evaluate((h) => h.getBoundingClientRect().top) : Infinity;
      const atTop = await bodyHeading(page, text).evaluate((h) => h.getBoundingClientRect().top < 100);
      if (!atTop || nextTop < (page.viewportSize()?.height ?? 0) / 2) continue;
      await expect(current, `while reading "${text}"`).toHaveText(text);
      await expect(current).toHaveCount(1);
      checked += 1;
    }
    expect(checked, "sections checked").toBeGreaterThanOrEqual(2);

    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(current).toHaveText(expected[0] ?? "");
  });

  test("wide screens: the entry the reader jumps to is the one marked", async ({ page }) => {
    test.skip(!isWide(page), "the side column is for screens 1280px and wider");
    const expected = expectedToc(articleByFile(SAMPLE.roundup.file));
    await page.goto(SAMPLE.roundup.path);
    const nav = tocNav(page);
    const current = nav.locator('a[aria-current="true"]');
    for (const [index, text] of expected.entries()) {
      await nav.getByRole("link").nth(index).click();
      const heading = bodyHeading(page, text);
      await expect(heading).toBeInViewport();
      // Only sections with text of their own: a heading directly followed by a subheading may hand over.
      const hasOwnText = await heading.evaluate((el) => !/^H[1-6]$/.test(el.nextElementSibling?.tagName ?? "H2"));
      if (hasOwnText) await expect(current, `after jumping to "${text}"`).toHaveText(text);
    }
  });

  test("an article with fewer than two headings has no 目次", async ({ page }) => {
    const article = articleByFile(SAMPLE.short.file);
    expect(expectedToc(article).length).toBeLessThan(2);
    await page.goto(SAMPLE.short.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
    await expect(page.getByRole("navigation", { name: "目次", includeHidden: true })).toHaveCount(0);
    await expect(main(page).getByText("目次", { exact: true })).toHaveCount(0);
  });
});

test("every article: title once, reading time, breadcrumbs, investment notice, related and adjacent articles", async ({ page }, testInfo) => {
  onceOnly(testInfo.project.name);
  // Newest first (the front page leads with its featured top story, out of date order).
  const listed = (await listedArticles(page)).sort(
    (a, b) => instant(articleByTitle(b.title).date).getTime() - instant(articleByTitle(a.title).date).getTime(),
  );
  expect(listed.length).toBe(publishedArticles().length);
  // A budget per article, not a speed target: the loop grows with the content.
  test.setTimeout(30_000 + listed.length * 6_000);
  for (const [index, { title, path }] of listed.entries()) {
    const article = articleByTitle(title);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(title);

    // The editor's reading_time wins; otherwise about 500 Japanese characters a minute.
    const minutes = article.readingTime ?? Math.max(1, Math.ceil(japaneseCharCount(article) / 500));
    await expect(main(page).getByText(/^約\d+分で読めます$/), path).toHaveText(`約${minutes}分で読めます`);

    // Breadcrumbs: ホーム › category › title; the last is the current page, not a link.
    const crumbs = page.getByRole("navigation", { name: "パンくずリスト" });
    const names = ["ホーム", ...(article.category ? [article.category] : []), title];
    await expect(crumbs.getByRole("listitem"), path).toHaveText(names.map((name, i) => (i === 0 ? name : new RegExp(`^›\\s*${escapeRegExp(name)}$`))));
    await expect(crumbs.getByRole("link", { name: "ホーム", exact: true })).toHaveAttribute("href", "/");
    if (article.category) {
      await expect(crumbs.getByRole("link", { name: article.category, exact: true })).toHaveAttribute(
        "href",
        termPagePath("categories", article.category),
      );
    }
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(title);
    await expect(crumbs.getByRole("link", { name: title, exact: true })).toHaveCount(0);

    // The body never opens with the title again.
    await expect(articleBody(page).getByText(title, { exact: true }), path).toHaveCount(0);

    const notice = main(page).getByText("投資判断に関するご注意", { exact: true });
    await expect(notice, `investment notice on ${path}`).toHaveCount(needsInvestmentNotice(article) ? 1 : 0);

    // 関連記事: up to 4, each sharing a tag or the category, never the article itself.
    const related = main(page).getByRole("region", { name: "関連記事" });
    const relatedTitles = (await related.getByRole("listitem").getByRole("link").allInnerTexts()).map((t) => t.trim());
    const candidates = listed.filter((other) => other.title !== title && sharesTagOrCategory(article, articleByTitle(other.title)));
    expect(relatedTitles.length, `related on ${path}`).toBe(Math.min(4, candidates.length));
    expect(new Set(relatedTitles).size, `no related article twice on ${path}`).toBe(relatedTitles.length);
    for (const other of relatedTitles) {
      expect(other, `${path} lists itself`).not.toBe(title);
      expect(sharesTagOrCategory(article, articleByTitle(other)), `"${other}" related to ${path}`).toBe(true);
    }

    // 前の記事 is the older neighbour, 次の記事 the newer one.
    const adjacent = main(page).getByRole("navigation", { name: "前後の記事" });
    const older = listed[index + 1];
    const newer = listed[index - 1];
    const previousLink = adjacent.getByRole("link", { name: /^前の記事/ });
    const nextLink = adjacent.getByRole("link", { name: /^次の記事/ });
    if (older) {
      await expect(previousLink, `前の記事 on ${path}`).toHaveText(new RegExp(`${escapeRegExp(older.title)}$`));
      await expect(previousLink).toHaveAttribute("href", older.path);
    } else {
      await expect(previousLink, `oldest article ${path} has no 前の記事`).toHaveCount(0);
    }
    if (newer) {
      await expect(nextLink, `次の記事 on ${path}`).toHaveText(new RegExp(`${escapeRegExp(newer.title)}$`));
      await expect(nextLink).toHaveAttribute("href", newer.path);
    } else {
      await expect(nextLink, `newest article ${path} has no 次の記事`).toHaveCount(0);
    }
  }
});

test("breadcrumb links lead to the home page and the category", async ({ page }, testInfo) => {
  onceOnly(testInfo.project.name);
  const article = articleByFile(SAMPLE.special.file);
  await page.goto(SAMPLE.special.path);
  const crumbs = page.getByRole("navigation", { name: "パンくずリスト" });
  await expect(crumbs).toBeVisible();
  await crumbs.getByRole("link", { name: article.category ?? "", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(termPagePath("categories", article.category ?? ""))}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(article.category ?? "");
  expect(await cardTitles(page)).toContain(article.title);
  await page.goBack();
  await crumbs.getByRole("link", { name: "ホーム", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(main(page).getByRole("region", { name: "新着記事", exact: true })).toBeVisible();
});

test("a related article and the adjacent links open those articles", async ({ page }, testInfo) => {
  onceOnly(testInfo.project.name);
  await page.goto(SAMPLE.agent.path);
  const related = main(page).getByRole("region", { name: "関連記事" }).getByRole("listitem").getByRole("link").first();
  const relatedTitle = (await related.innerText()).trim();
  await related.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(relatedTitle);

  // Whichever neighbour it has (the oldest article has no 前の記事).
  const adjacent = main(page).getByRole("navigation", { name: "前後の記事" }).getByRole("link").first();
  const adjacentText = (await adjacent.innerText()).replace(/^(前|次)の記事\s*/, "").trim();
  await adjacent.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(adjacentText);
});

test("the author's name leads to their page listing their articles; /authors counts them", async ({ page }, testInfo) => {
  onceOnly(testInfo.project.name);
  const article = articleByFile(SAMPLE.special.file);
  const author = article.author ?? "";
  const name = authorName(author);
  // Spellings that name one profile (its name, an alias, its id) are one author.
  const byAuthor = (written: string) => publishedArticles().filter((a) => a.author !== null && authorKey(a.author) === authorKey(written));

  await page.goto(SAMPLE.special.path);
  const link = metaValue(page, "著者").getByRole("link", { name, exact: true });
  await expect(link).toHaveAttribute("href", authorPath(author));
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  expect((await cardTitles(page)).sort()).toEqual(byAuthor(author).map((a) => a.title).sort());

  await page.goto("/authors");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("著者一覧");
  // The authors of published articles, then the profiles with no article out yet.
  const authors = new Map<string, { written: string; name: string; count: number }>();
  for (const written of publishedArticles().flatMap((a) => (a.author ? [a.author] : []))) {
    authors.set(authorKey(written), { written, name: authorName(written), count: byAuthor(written).length });
  }
  for (const profile of contentProfiles()) {
    if (!authors.has(authorKey(profile.id))) authors.set(authorKey(profile.id), { written: profile.id, name: profile.name, count: 0 });
  }
  await expect(main(page).getByRole("link")).toHaveCount(authors.size);
  for (const entry of authors.values()) {
    const listed = main(page).getByRole("link", { name: new RegExp(`^${escapeRegExp(entry.name)}\\s*${entry.count}\\s*件$`) });
    await expect(listed, `${entry.name} with ${entry.count} articles`).toBeVisible();
  }
  const other = [...authors.values()].find((entry) => entry.name !== name && entry.count > 0);
  if (!other) throw new Error("the fixtures need articles by a second author");
  await main(page).getByRole("link", { name: new RegExp(`^${escapeRegExp(other.name)}\\s*\\d+`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(other.name);
  expect((await cardTitles(page)).sort()).toEqual(byAuthor(other.written).map((a) => a.title).sort());
});

test.describe("footnotes and ※ notes", () => {
  const article = articleByFile(SAMPLE.footnotes.file);

  test("a footnote reference leads to the 脚注 section and back", async ({ page }) => {
    const definitions = footnoteDefinitions(article);
    expect(definitions.size).toBeGreaterThan(0);
    await page.goto(SAMPLE.footnotes.path);
    const body = articleBody(page);
    await expect(body.getByRole("heading", { name: "脚注", exact: true })).toBeVisible();
    const items = body.locator("section").filter({ has: page.getByRole("heading", { name: "脚注" }) }).getByRole("listitem");
    await expect(items).toHaveCount(definitions.size);

    const [firstText] = [...definitions.values()];
    const reference = body.locator("sup").getByRole("link", { name: "1", exact: true });
    await expect(reference).toBeVisible();
    await reference.click();
    const note = items.filter({ hasText: firstText ?? "" });
    await expect(note).toBeInViewport();

    await note.getByRole("link", { name: /戻る/ }).click();
    await expect(reference).toBeInViewport();
  });

  test("the 脚注 heading is a small label, not styled as a section heading", async ({ page }) => {
    await page.goto(SAMPLE.footnotes.path);
    const body = articleBody(page);
    const label = body.getByRole("heading", { name: "脚注", exact: true });
    const section = body.getByRole("heading", { level: 2 }).first();
    const size = (locator: typeof label) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size(label)).toBeLessThan(await size(section));
    await expect(label).toHaveCSS("border-left-style", "none");
  });

  test("a paragraph starting with ※ is set apart as a note", async ({ page }, testInfo) => {
    onceOnly(testInfo.project.name);
    const notes = noteParagraphs(article);
    expect(notes.length).toBeGreaterThan(0);
    await page.goto(SAMPLE.footnotes.path);
    const body = articleBody(page);
    const fontSize = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const normalSize = await body.locator("p").first().evaluate(fontSize);
    for (const text of notes) {
      const paragraph = body.locator("p", { hasText: text.slice(0, 20) });
      await expect(paragraph).toHaveText(text);
      await expect(paragraph).toHaveClass(/\bnote\b/);
      expect(await paragraph.evaluate(fontSize), "the note is in smaller type").toBeLessThan(normalSize);
    }
    // Only ※ paragraphs are notes.
    await expect(body.locator("p.note")).toHaveCount(notes.length);
  });
});

test("the investment notice stands before the analysis, on investment articles only", async ({ page }, testInfo) => {
  onceOnly(testInfo.project.name);
  expect(needsInvestmentNotice(articleByFile(SAMPLE.investment.file))).toBe(true);
  await page.goto(SAMPLE.investment.path);
  const notice = main(page).getByRole("complementary", { name: "投資に関する注意事項" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("投資判断に関するご注意");
  await expect(notice).toContainText("ご自身の責任");
  const noticeBox = await notice.boundingBox();
  const firstSection = await articleBody(page).getByRole("heading", { level: 2 }).first().boundingBox();
  if (!noticeBox || !firstSection) throw new Error("not laid out");
  expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(firstSection.y);

  expect(needsInvestmentNotice(articleByFile(SAMPLE.agent.file))).toBe(false);
  await page.goto(SAMPLE.agent.path);
  await expect(page.getByText("投資判断に関するご注意")).toHaveCount(0);
});

test("both sidebar sections carry a visible PR label", async ({ page }) => {
  await page.goto(SAMPLE.agent.path);
  const sections = recruitingSidebar(page).getByRole("region");
  await expect(sections).toHaveCount(2);
  for (const section of await sections.all()) {
    const heading = section.getByRole("heading", { level: 2 });
    await expect(heading).toHaveText(/^PR\s*\S/);
    const label = heading.getByText("PR", { exact: true });
    await expect(label).toBeVisible();
    const box = await label.boundingBox();
    expect(box?.width ?? 0, "PR label is not clipped away").toBeGreaterThan(8);
  }
});

test.describe("phrase breaks (BudouX)", () => {
  test("titles and section headings carry <wbr> in the server HTML", async ({ request, page }, testInfo) => {
    onceOnly(testInfo.project.name);
    const listed = await listedArticles(page);
    for (const { title, path } of listed) {
      const html = await (await request.get(path)).text();
      const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "";
      expect(h1, `h1 of ${path}`).toMatch(/<wbr\s*\/?>/);
      const visible = h1.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
      expect(visible, `h1 text of ${path}`).toBe(title);
    }
    const html = await (await request.get(SAMPLE.agent.path)).text();
    const sectionHeadings = [...html.matchAll(/<h2\b[^>]*\bid="[^"]+"[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => m[1] ?? "");
    expect(sectionHeadings.length).toBeGreaterThan(1);
    expect(sectionHeadings.some((heading) => /<wbr\s*\/?>/.test(heading))).toBe(true);
  });

  test("the title wraps only between phrases, never inside a word", async ({ page }) => {
    let mostLines = 0;
    for (const sample of [SAMPLE.jekyll, SAMPLE.special, SAMPLE.agent]) {
      await page.goto(sample.path);
      const h1 = page.getByRole("heading", { level: 1 });
      const result = await h1.evaluate((heading) => {
        // Offsets (in the heading's text) where a <wbr> allows a break.
        const boundaries = new Set<number>();
        const chars: { node: Text; offset: number; char: string }[] = [];
        const walk = (node: Node) => {
          for (const child of Array.from(node.childNodes)) {
            if (child.nodeName === "WBR") boundaries.add(chars.length);
            else if (child.nodeType === Node.TEXT_NODE) {
              const text = child as Text;
              for (let i = 0; i < text.data.length; i += 1) chars.push({ node: text, offset: i, char: text.data[i] ?? "" });
            } else walk(child);
          }
        };
        walk(heading);
        const splitWords: string[] = [];
        for (const at of boundaries) {
          const before = chars[at - 1]?.char ?? "";
          const after = chars[at]?.char ?? "";
          if (/[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after)) splitWords.push(`${before}|${after}`);
        }
        // Where each line starts, from the position of every character.
        const badBreaks: string[] = [];
        let lines = 0;
        let lastTop: number | null = null;
        chars.forEach(({ node, offset }, index) => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) return;
          if (lastTop === null) lines = 1;
          else if (rect.top > lastTop + rect.height / 2) {
            lines += 1;
            const previous = chars[index - 1]?.char ?? "";
            if (!boundaries.has(index) && !/\s/.test(previous)) {
              badBreaks.push(`${chars.slice(Math.max(0, index - 3), index).map((c) => c.char).join("")}|${chars.slice(index, index + 3).map((c) => c.char).join("")}`);
            }
          }
          lastTop = rect.top;
        });
        return { boundaries: boundaries.size, splitWords, badBreaks, lines };
      });
      expect(result.boundaries, `phrase boundaries in ${sample.path}`).toBeGreaterThan(0);
      expect(result.splitWords, `<wbr> inside a Latin word in ${sample.path}`).toEqual([]);
      expect(result.badBreaks, `line breaks inside a phrase in ${sample.path} (${result.lines} lines)`).toEqual([]);
      if (!isWide(page)) await expectNoHorizontalOverflow(page);
      mostLines = Math.max(mostLines, result.lines);
    }
    // The long titles do wrap (on phones at least), so the breaks above were really looked at.
    if (!isWide(page)) expect(mostLines).toBeGreaterThan(1);
  });
});
