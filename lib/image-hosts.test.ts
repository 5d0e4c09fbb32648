import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { isAllowedImageHost, remoteImageHost, remoteImagePatterns } from "./image-hosts";

describe("remoteImageHost", () => {
  test("the host of an https URL, lower case", () => {
    assert.equal(remoteImageHost("https://Images.Example.com/a/b.png?w=1"), "images.example.com");
    assert.equal(remoteImageHost("https://cdn.example.net:8443/a.png"), "cdn.example.net");
  });

  test("none for local paths, other schemes and what is not a URL", () => {
    for (const src of ["/images/a.png", "images/a.png", "//cdn.example.net/a.png", "http://cdn.example.net/a.png", "data:image/png;base64,AA", "https://"]) {
      assert.equal(remoteImageHost(src), null, src);
    }
  });
});

test("isAllowedImageHost compares exact host names", () => {
  const hosts = ["images.example.com"];
  assert.equal(isAllowedImageHost("images.example.com", hosts), true);
  assert.equal(isAllowedImageHost("IMAGES.example.com", hosts), true);
  assert.equal(isAllowedImageHost("evil.images.example.com", hosts), false);
  assert.equal(isAllowedImageHost("example.com", hosts), false);
  assert.equal(isAllowedImageHost("images.example.com", []), false);
});

test("remoteImagePatterns allows https on each host, any path", () => {
  assert.deepEqual(remoteImagePatterns([]), []);
  assert.deepEqual(remoteImagePatterns(["images.example.com"]), [{ protocol: "https", hostname: "images.example.com", pathname: "/**" }]);
});
