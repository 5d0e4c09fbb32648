import assert from "node:assert/strict";
import { test } from "node:test";
import { prerenderedArticles, prerenderedPageNumbers } from "./prerender";

test("the build writes the newest articles only, as many as asked, and all when there are fewer", () => {
  const newestFirst = ["e", "d", "c", "b", "a"];
  assert.deepEqual(prerenderedArticles(newestFirst, 2), ["e", "d"]);
  assert.deepEqual(prerenderedArticles(newestFirst, 10), newestFirst);
  assert.deepEqual(prerenderedArticles(newestFirst, 0), []);
});

test("list pages written at build stop at the limit and never pass the last page", () => {
  assert.deepEqual(prerenderedPageNumbers(95, 10, 3), [2, 3]);
  assert.deepEqual(prerenderedPageNumbers(15, 10, 3), [2]);
  assert.deepEqual(prerenderedPageNumbers(10, 10, 3), []);
  assert.deepEqual(prerenderedPageNumbers(0, 10, 3), []);
});
