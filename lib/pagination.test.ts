import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { extraPageNumbers, pageCount, paginate } from "./pagination";

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("pageCount", () => {
  test("an empty list still has one (empty) page", () => {
    assert.equal(pageCount(0, 10), 1);
  });

  test("exact multiples do not add an empty page", () => {
    assert.equal(pageCount(10, 10), 1);
    assert.equal(pageCount(20, 10), 2);
  });

  test("one item over a multiple starts a new page", () => {
    assert.equal(pageCount(11, 10), 2);
    assert.equal(pageCount(1, 10), 1);
  });
});

describe("paginate", () => {
  test("page 1 of an empty list exists and is empty (home page with no articles)", () => {
    assert.deepEqual(paginate([], 1, 10), { items: [], page: 1, totalPages: 1 });
  });

  test("slices pages in order without overlap or loss", () => {
    const items = numbers(23);
    const pages = [1, 2, 3].map((page) => paginate(items, page, 10));
    assert.deepEqual(pages.map((p) => p?.items.length), [10, 10, 3]);
    assert.deepEqual(pages.flatMap((p) => p?.items ?? []), items);
    assert.deepEqual(pages[2], { items: [21, 22, 23], page: 3, totalPages: 3 });
  });

  test("the last full page when the count is an exact multiple", () => {
    assert.deepEqual(paginate(numbers(20), 2, 10)?.items, numbers(20).slice(10));
    assert.equal(paginate(numbers(20), 3, 10), null);
  });

  for (const page of [0, -1, 4, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    test(`page ${page} of 3 does not exist (404)`, () => {
      assert.equal(paginate(numbers(25), page, 10), null);
    });
  }

  test("does not modify the given list", () => {
    const items = numbers(15);
    paginate(items, 2, 10);
    assert.deepEqual(items, numbers(15));
  });
});

describe("extraPageNumbers", () => {
  test("none when everything fits on the first page", () => {
    assert.deepEqual(extraPageNumbers(0, 10), []);
    assert.deepEqual(extraPageNumbers(10, 10), []);
  });

  test("lists the pages from 2 up to the last", () => {
    assert.deepEqual(extraPageNumbers(11, 10), [2]);
    assert.deepEqual(extraPageNumbers(35, 10), [2, 3, 4]);
  });

  test("every extra page number is a page paginate can serve", () => {
    const items = numbers(47);
    for (const page of extraPageNumbers(items.length, 10)) {
      assert.notEqual(paginate(items, page, 10), null, `page ${page}`);
    }
    assert.equal(paginate(items, extraPageNumbers(items.length, 10).length + 2, 10), null);
  });
});
