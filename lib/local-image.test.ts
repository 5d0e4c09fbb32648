import { describe, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { localImageExists, localImageSize } from "./local-image";
import { png } from "./testing/png";
import { tempFiles } from "./testing/temp-files";

// outside.png sits beside public/, where a path climbing out of it would land.
const root = tempFiles(
  {
    "public/images/chart.png": png(1200, 675),
    "public/images/図 1.png": png(800, 600),
    "public/images/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80"></svg>',
    "public/images/broken.png": "not an image",
    "outside.png": png(10, 10),
  },
  "local-image-test-",
);
const publicDir = path.join(root, "public");

describe("localImageSize", () => {
  test("reads the size of images under public/, raw or percent-encoded names", () => {
    assert.deepEqual(localImageSize("/images/chart.png", publicDir), { width: 1200, height: 675 });
    assert.deepEqual(localImageSize("/images/%E5%9B%B3%201.png", publicDir), { width: 800, height: 600 });
    assert.deepEqual(localImageSize("/images/図 1.png?v=2", publicDir), { width: 800, height: 600 });
    assert.deepEqual(localImageSize("/images/logo.svg", publicDir), { width: 240, height: 80 });
  });

  test("null for remote, missing, broken or outside images", () => {
    assert.equal(localImageSize("https://example.com/a.png", publicDir), null);
    assert.equal(localImageSize("//cdn.example.com/a.png", publicDir), null);
    assert.equal(localImageSize("/images/missing.png", publicDir), null);
    assert.equal(localImageSize("/images/broken.png", publicDir), null);
    assert.equal(localImageSize("/../outside.png", publicDir), null);
    assert.equal(localImageSize("/images/%E3%81.png", publicDir), null);
  });
});

describe("localImageExists", () => {
  test("a file under public/, raw or percent-encoded, and nothing else", () => {
    assert.equal(localImageExists("/images/chart.png", publicDir), true);
    assert.equal(localImageExists("/images/%E5%9B%B3%201.png", publicDir), true);
    assert.equal(localImageExists("/images/missing.png", publicDir), false);
    assert.equal(localImageExists("/../outside.png", publicDir), false);
    assert.equal(localImageExists("https://example.com/a.png", publicDir), false);
    assert.equal(localImageExists("/images/%E3%81.png", publicDir), false);
  });
});
