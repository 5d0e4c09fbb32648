import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { buildTerms } from "./content/taxonomy";
import type { Article } from "./content/types";
import { frontPage } from "./front-page";
import { termRef, testArticle } from "./testing/articles";

/** The editors' order of categories.yml in these tests; others are not listed. */
const LISTED = ["キャリア", "Web3"];

/** Articles newest first: day n of October 2025, in the given category. */
function articles(...specs: [slug: string, day: number, category: string, featured?: boolean][]): Article[] {
  return specs
    .map(([slug, day, category, featured = false]) => {
      const place = LISTED.indexOf(category);
      const ref = { ...termRef("categories", category), order: place < 0 ? null : place };
      return testArticle(slug, { date: new Date(Date.UTC(2025, 9, day)), category: ref, categories: [ref], featured });
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime());
}

const slugs = (list: readonly Article[]) => list.map((article) => article.slug);
const categoriesOf = (list: readonly Article[]) => buildTerms("categories", list, (article) => article.categories);

describe("frontPage", () => {
  const list = articles(["a", 9, "AI"], ["b", 8, "Web3"], ["c", 7, "AI"], ["d", 6, "キャリア", true], ["e", 5, "AI"], ["f", 4, "Web3"]);

  test("the top story is the newest featured article; the latest list is the first page without it", () => {
    const page = frontPage(list, categoriesOf(list), { pageSize: 4, perCategory: 4 });
    assert.equal(page.top?.slug, "d");
    assert.deepEqual(slugs(page.latest), ["a", "b", "c"], "page 2 starts at e, so nothing is skipped");
  });

  test("without a featured article the newest leads, and the latest list holds the rest of page 1", () => {
    const plain = list.map((article) => ({ ...article, featured: false }));
    const page = frontPage(plain, categoriesOf(plain), { pageSize: 4, perCategory: 4 });
    assert.equal(page.top?.slug, "a");
    assert.deepEqual(slugs(page.latest), ["b", "c", "d"]);
  });

  test("category sections follow the editors' order, then the rest by use; newest few each", () => {
    const page = frontPage(list, categoriesOf(list), { pageSize: 4, perCategory: 2 });
    assert.deepEqual(
      page.sections.map((section) => [section.category.name, slugs(section.articles)]),
      [["キャリア", ["d"]], ["Web3", ["b", "f"]], ["AI", ["a", "c"]]],
    );
  });

  test("an empty site has no top story, no latest list and no sections", () => {
    assert.deepEqual(frontPage([], [], { pageSize: 10, perCategory: 4 }), { top: null, latest: [], sections: [] });
  });
});
