import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

function header(headers: { key: string; value: string }[], key: string): string | undefined {
  return headers.find((entry) => entry.key === key)?.value;
}

describe("contentSecurityPolicy", () => {
  test("upgrades insecure requests only on an HTTPS site", () => {
    assert.match(contentSecurityPolicy({ isDev: false, siteUrl: "https://example.jp" }), /upgrade-insecure-requests/);
    assert.doesNotMatch(contentSecurityPolicy({ isDev: false, siteUrl: "http://localhost:3000" }), /upgrade-insecure-requests/);
    assert.doesNotMatch(contentSecurityPolicy({ isDev: true, siteUrl: "https://example.jp" }), /upgrade-insecure-requests/);
  });

  test("allows eval only in development", () => {
    assert.match(contentSecurityPolicy({ isDev: true, siteUrl: "http://localhost:3000" }), /'unsafe-eval'/);
    assert.doesNotMatch(contentSecurityPolicy({ isDev: false, siteUrl: "http://localhost:3000" }), /'unsafe-eval'/);
  });

  test("keeps foreign scripts, plugins and framing out", () => {
    const policy = contentSecurityPolicy({ isDev: false, siteUrl: "https://example.jp" });
    assert.match(policy, /script-src 'self' 'unsafe-inline'(;|$)/);
    assert.match(policy, /object-src 'none'/);
    assert.match(policy, /frame-ancestors 'none'/);
  });
});

describe("securityHeaders", () => {
  test("sends HSTS only for an HTTPS site in production", () => {
    assert.equal(header(securityHeaders({ isDev: false, siteUrl: "https://example.jp" }), "Strict-Transport-Security"), "max-age=31536000");
    assert.equal(header(securityHeaders({ isDev: false, siteUrl: "http://localhost:3000" }), "Strict-Transport-Security"), undefined);
  });
});
