import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../content/types";
import { testArticle } from "../testing/articles";
import { rankArticles } from "./ranking";

function article(slug: string, date: string): Article {
  return testArticle(slug, { title: `記事 ${slug}`, date: new Date(date) });
}

// Newest first, as getArticles() returns them.
const ARTICLES = [article("new", "2026-12-02"), article("mid", "2026-11-20"), article("old", "2026-10-01"), article("older", "2026-09-01")];

describe("rankArticles", () => {
  test("most viewed first, with title, path and views", () => {
    const ranking = rankArticles("24h", [{ slug: "old", views: 9 }, { slug: "new", views: 3 }], ARTICLES, 5);
    assert.equal(ranking.fallback, false);
    assert.deepEqual(ranking.items, [
      { slug: "old", title: "記事 old", path: "/articles/old", views: 9 },
      { slug: "new", title: "記事 new", path: "/articles/new", views: 3 },
    ]);
  });

  test("ties: the newer article first, whatever order the store gave", () => {
    const counts = [{ slug: "older", views: 4 }, { slug: "mid", views: 4 }, { slug: "new", views: 4 }, { slug: "old", views: 5 }];
    assert.deepEqual(rankArticles("7d", counts, ARTICLES, 3).items.map((item) => item.slug), ["old", "new", "mid"]);
  });

  test("drops articles no longer published and cuts at the limit", () => {
    const counts = [{ slug: "deleted", views: 100 }, { slug: "mid", views: 2 }, { slug: "new", views: 1 }];
    assert.deepEqual(rankArticles("7d", counts, ARTICLES, 1).items.map((item) => item.slug), ["mid"]);
  });

  test("without views of a published article, the newest articles, marked as the fallback", () => {
    for (const counts of [[], [{ slug: "deleted", views: 3 }]]) {
      const ranking = rankArticles("24h", counts, ARTICLES, 2);
      assert.equal(ranking.fallback, true);
      assert.deepEqual(ranking.items, [
        { slug: "new", title: "記事 new", path: "/articles/new", views: null },
        { slug: "mid", title: "記事 mid", path: "/articles/mid", views: null },
      ]);
    }
  });
});
