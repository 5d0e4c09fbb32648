import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRepeatFilter, isBot, isPrefetch } from "./filters";
import { recordView, type ViewDependencies } from "./record";
import type { ViewStore } from "./types";

const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

describe("isPrefetch", () => {
  test("Sec-Purpose and Purpose naming a prefetch or prerender", () => {
    assert.equal(isPrefetch(new Headers({ "sec-purpose": "prefetch" })), true);
    assert.equal(isPrefetch(new Headers({ "sec-purpose": "prefetch;prerender" })), true);
    assert.equal(isPrefetch(new Headers({ purpose: "prefetch" })), true);
    assert.equal(isPrefetch(new Headers({ "x-moz": "prefetch" })), true);
    assert.equal(isPrefetch(new Headers({ "user-agent": CHROME })), false);
  });
});

describe("isBot", () => {
  test("browsers are readers", () => {
    for (const agent of [CHROME, SAFARI_IPHONE, FIREFOX]) assert.equal(isBot(agent), false, agent);
  });

  test("crawlers, previewers, headless browsers, HTTP libraries and no User-Agent are not", () => {
    for (const agent of [
      null,
      "",
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
      "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "Twitterbot/1.0",
      "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse",
      "curl/8.5.0",
      "Wget/1.21.4",
      "python-requests/2.32.3",
      "Go-http-client/1.1",
      "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
      "undici",
    ]) {
      assert.equal(isBot(agent), true, String(agent));
    }
  });
});

describe("repeat filter", () => {
  const secret = Buffer.alloc(32, 1);

  test("counts an address's first view of an article, not its repeats within the window", () => {
    const filter = createRepeatFilter({ windowMs: 1000, secret });
    assert.equal(filter.isFirstView("203.0.113.7", "a", 0), true);
    assert.equal(filter.isFirstView("203.0.113.7", "a", 999), false);
    assert.equal(filter.isFirstView("203.0.113.7", "b", 999), true);
    assert.equal(filter.isFirstView("203.0.113.8", "a", 999), true);
    // The window runs from the counted view, not from the last repeat.
    assert.equal(filter.isFirstView("203.0.113.7", "a", 1000), true);
  });

  test("an IPv6 reader is one reader across its /64", () => {
    const filter = createRepeatFilter({ windowMs: 1000, secret });
    assert.equal(filter.isFirstView("2001:db8:1:2::1", "a", 0), true);
    assert.equal(filter.isFirstView("2001:db8:1:2:ffff::9", "a", 1), false);
    assert.equal(filter.isFirstView("2001:db8:1:3::1", "a", 1), true);
  });

  test("remembers at most maxKeys pairs, forgetting the least recent, and sweeps expired ones", () => {
    const filter = createRepeatFilter({ windowMs: 1000, maxKeys: 3, secret });
    for (const address of ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"]) filter.isFirstView(address, "a", 0);
    assert.equal(filter.size, 3);
    assert.equal(filter.isFirstView("10.0.0.1", "a", 1), true, "the least recent was forgotten");
    filter.isFirstView("10.0.0.9", "b", 5000);
    assert.equal(filter.size, 1);
  });
});

describe("recordView", () => {
  function fakeStore(fail = false): ViewStore & { recorded: string[] } {
    const recorded: string[] = [];
    return {
      recorded,
      recordView: async (slug) => {
        if (fail) throw new Error("SQLITE_READONLY");
        recorded.push(slug);
      },
      countViews: async () => [],
      close: async () => {},
    };
  }

  function dependencies(store: ViewStore, clientAddress = "192.0.2.1"): ViewDependencies {
    return {
      store,
      filter: createRepeatFilter({ windowMs: 60_000 }),
      clientAddress,
      publishedSlug: (slug) => new Map([["known", "known"], ["%E8%A8%98%E4%BA%8B", "記事"]]).get(slug),
      now: () => new Date("2026-12-03T00:00:00Z"),
    };
  }

  const browser = new Headers({ "user-agent": CHROME });

  test("counts a published article once per reader, under its published slug", async () => {
    const store = fakeStore();
    const deps = dependencies(store);
    assert.deepEqual(await recordView("known", browser, deps), { status: "counted", slug: "known" });
    assert.deepEqual(await recordView("known", browser, deps), { status: "ignored", reason: "repeat" });
    assert.deepEqual(await recordView("%E8%A8%98%E4%BA%8B", browser, deps), { status: "counted", slug: "記事" });
    assert.deepEqual(store.recorded, ["known", "記事"]);
  });

  test("refuses prefetches, bots and unknown slugs before remembering the reader", async () => {
    const store = fakeStore();
    const deps = dependencies(store);
    assert.deepEqual(await recordView("known", new Headers({ "user-agent": CHROME, "sec-purpose": "prefetch" }), deps), { status: "ignored", reason: "prefetch" });
    assert.deepEqual(await recordView("known", new Headers({ "user-agent": "curl/8.5.0" }), deps), { status: "ignored", reason: "bot" });
    assert.deepEqual(await recordView("known", new Headers(), deps), { status: "ignored", reason: "bot" });
    assert.deepEqual(await recordView("missing", browser, deps), { status: "unknown" });
    assert.deepEqual(await recordView("x".repeat(600), browser, deps), { status: "unknown" });
    assert.equal(deps.filter.size, 0);
    assert.deepEqual(await recordView("known", browser, deps), { status: "counted", slug: "known" });
  });

  test("a store that fails is a failed outcome, not a thrown error", async () => {
    const originalError = console.error;
    console.error = () => {};
    try {
      assert.deepEqual(await recordView("known", browser, dependencies(fakeStore(true))), { status: "failed" });
    } finally {
      console.error = originalError;
    }
  });
});
