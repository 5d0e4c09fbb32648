import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { allowedMethods, allowHeader, isMethodAllowed } from "./http-methods";

describe("allowedMethods", () => {
  test("pages, feeds and assets are read-only", () => {
    for (const path of ["/", "/articles/foo", "/tags/AI", "/feed.xml", "/_next/static/chunks/a.js", "/api/health", "/api/search"]) {
      assert.deepEqual(allowedMethods(path), ["GET", "HEAD"], path);
    }
  });

  test("the inquiry forms post to their own page, the inquiry API takes posts only", () => {
    assert.deepEqual(allowedMethods("/contact/career"), ["GET", "HEAD", "POST"]);
    assert.deepEqual(allowedMethods("/api/inquiries"), ["POST"]);
  });

  test("page views are posted; the ranking is read", () => {
    assert.deepEqual(allowedMethods("/api/views"), ["POST"]);
    assert.deepEqual(allowedMethods("/api/ranking"), ["GET", "HEAD"]);
  });

  test("a path below a form page is not a form page", () => {
    assert.deepEqual(allowedMethods("/contact/career/extra"), ["GET", "HEAD"]);
  });
});

describe("isMethodAllowed", () => {
  test("compares methods case-insensitively", () => {
    assert.equal(isMethodAllowed("get", "/"), true);
    assert.equal(isMethodAllowed("DELETE", "/"), false);
    assert.equal(isMethodAllowed("POST", "/articles/foo"), false);
    assert.equal(isMethodAllowed("GET", "/api/inquiries"), false);
  });
});

describe("allowHeader", () => {
  test("lists the methods and OPTIONS", () => {
    assert.equal(allowHeader("/"), "GET, HEAD, OPTIONS");
    assert.equal(allowHeader("/api/inquiries"), "POST, OPTIONS");
  });
});
