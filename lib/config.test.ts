import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { configFromEnv, getConfig, retiredSettingNotices, SETTING_NAMES, type Env } from "./config";
import { INQUIRY_KINDS } from "./inquiries/fields";

const webhook = (env: Env) => configFromEnv(env).inquiries.webhook;
const rateLimit = (env: Env) => configFromEnv(env).inquiries.rateLimit;
const proxyHops = (env: Env) => configFromEnv(env).inquiries.proxyHops;

describe("webhook settings", () => {
  test("off unless an http(s) URL is set; timeout defaults to 5 s", () => {
    assert.equal(webhook({}), null);
    assert.equal(webhook({ INQUIRY_WEBHOOK_URL: "ftp://x" }), null);
    assert.deepEqual(webhook({ INQUIRY_WEBHOOK_URL: "https://h.example/x" }), { url: "https://h.example/x", timeoutMs: 5000 });
    assert.deepEqual(webhook({ INQUIRY_WEBHOOK_URL: "https://h.example/x", INQUIRY_WEBHOOK_TIMEOUT_MS: "1500" }), {
      url: "https://h.example/x",
      timeoutMs: 1500,
    });
  });
});

describe("rate limit settings", () => {
  test("defaults to 10 per 10 minutes and ignores nonsense", () => {
    assert.deepEqual(rateLimit({}), { limit: 10, windowMs: 600_000 });
    assert.deepEqual(rateLimit({ INQUIRY_RATE_LIMIT: "-1", INQUIRY_RATE_WINDOW_SECONDS: "x" }), {
      limit: 10,
      windowMs: 600_000,
    });
    assert.deepEqual(rateLimit({ INQUIRY_RATE_LIMIT: "3", INQUIRY_RATE_WINDOW_SECONDS: "60" }), {
      limit: 3,
      windowMs: 60_000,
    });
  });
});

test("proxy hops default to no proxy", () => {
  assert.equal(proxyHops({}), 0);
  assert.equal(proxyHops({ INQUIRY_PROXY_HOPS: "" }), 0);
  assert.equal(proxyHops({ INQUIRY_PROXY_HOPS: "0" }), 0);
  assert.equal(proxyHops({ INQUIRY_PROXY_HOPS: " 2 " }), 2);
  assert.equal(proxyHops({ INQUIRY_PROXY_HOPS: "-1" }), 0);
  assert.equal(proxyHops({ INQUIRY_PROXY_HOPS: "one" }), 0);
});

test("follow links are https addresses or nothing: a typo is not linked to", () => {
  const follow = (env: Parameters<typeof configFromEnv>[0]) => configFromEnv(env).site.follow;
  assert.deepEqual(follow({ SITE_X_URL: "x.com/example", SITE_LINE_URL: "javascript:alert(1)" }), { x: null, line: null });
  assert.deepEqual(follow({ SITE_X_URL: "http://x.com/example" }), { x: null, line: null });
});

describe("configFromEnv", () => {
  test("with nothing set, every default", () => {
    assert.deepEqual(configFromEnv({}), {
      isDevelopment: false,
      site: {
        name: "テックキャリア・インサイト",
        description: "AI・Web3・テック投資の最新動向を、キャリアの視点で読み解くニュースメディア。",
        url: "http://localhost:3000",
        recruiting: { career: "/contact/career", recruiters: "/contact/recruiters", freelance: "/contact/freelance" },
        contactEmail: "recruit@example.com",
        investmentTerms: ["投資分析", "投資", "暗号資産", "株式"],
        follow: { x: null, line: null },
      },
      contentDir: null,
      imageHosts: [],
      distDir: ".next",
      output: undefined,
      buildWorkers: undefined,
      prerenderArticles: 100,
      inquiries: {
        dataDir: null,
        databaseUrl: null,
        databasePoolSize: 10,
        webhook: null,
        rateLimit: { limit: 10, windowMs: 600_000 },
        proxyHops: 0,
      },
    });
  });

  test("every setting as set, text trimmed", () => {
    const config = configFromEnv({
      SITE_URL: " https://media.example.jp// ",
      SITE_NAME: " 例のメディア ",
      SITE_DESCRIPTION: "説明",
      RECRUIT_JOB_SEEKER_URL: "https://forms.example.com/career",
      RECRUIT_RECRUITER_URL: " https://forms.example.com/recruiters ",
      RECRUIT_FREELANCER_URL: "/contact/freelance?from=sidebar",
      CONTACT_EMAIL: "jobs@media.example.jp",
      INVESTMENT_TERMS: " 投資 , ,株式,",
      SITE_X_URL: " https://x.com/example_media ",
      SITE_LINE_URL: "https://lin.ee/example",
      CONTENT_DIR: "/srv/content",
      IMAGE_HOSTS: " images.example.com ,,CDN.Example.net",
      NEXT_DIST_DIR: ".next-e2e",
      NEXT_OUTPUT: "standalone",
      BUILD_WORKERS: "2",
      PRERENDER_ARTICLES: " 0 ",
      NODE_ENV: "development",
      DATA_DIR: " /srv/data ",
      DATABASE_URL: " postgres://db.internal/inquiries ",
      DATABASE_POOL_SIZE: " 25 ",
      INQUIRY_WEBHOOK_URL: "https://hooks.example.com/x",
      INQUIRY_WEBHOOK_TIMEOUT_MS: "1500",
      INQUIRY_RATE_LIMIT: "3",
      INQUIRY_RATE_WINDOW_SECONDS: "60",
      INQUIRY_PROXY_HOPS: "1",
    });
    assert.deepEqual(config, {
      isDevelopment: true,
      site: {
        name: "例のメディア",
        description: "説明",
        url: "https://media.example.jp",
        recruiting: {
          career: "https://forms.example.com/career",
          recruiters: "https://forms.example.com/recruiters",
          freelance: "/contact/freelance?from=sidebar",
        },
        contactEmail: "jobs@media.example.jp",
        investmentTerms: ["投資", "株式"],
        follow: { x: "https://x.com/example_media", line: "https://lin.ee/example" },
      },
      contentDir: "/srv/content",
      imageHosts: ["images.example.com", "cdn.example.net"],
      distDir: ".next-e2e",
      output: "standalone",
      buildWorkers: 2,
      prerenderArticles: 0,
      inquiries: {
        dataDir: "/srv/data",
        databaseUrl: "postgres://db.internal/inquiries",
        databasePoolSize: 25,
        webhook: { url: "https://hooks.example.com/x", timeoutMs: 1500 },
        rateLimit: { limit: 3, windowMs: 60_000 },
        proxyHops: 1,
      },
    });
    assert.deepEqual(Object.keys(config.site.recruiting), [...INQUIRY_KINDS], "kinds in INQUIRY_KINDS' order");
  });

  test("a blank setting is an unset one", () => {
    const blank = Object.fromEntries(SETTING_NAMES.map((name) => [name, " "]));
    const defaults = configFromEnv({});
    // CONTENT_DIR and NEXT_DIST_DIR are taken as written, as paths.
    assert.deepEqual(configFromEnv(blank), { ...defaults, contentDir: " ", distDir: " " });
    assert.deepEqual(configFromEnv({ ...blank, CONTENT_DIR: undefined, NEXT_DIST_DIR: "" }), defaults);
  });

  test("values that cannot be meant fall back to the default", () => {
    const defaults = configFromEnv({});
    for (const env of [
      { NEXT_OUTPUT: "export" },
      { NEXT_OUTPUT: "Standalone" },
      { BUILD_WORKERS: "0" },
      { BUILD_WORKERS: "-2" },
      { BUILD_WORKERS: "two" },
      { PRERENDER_ARTICLES: "-1" },
      { PRERENDER_ARTICLES: "all" },
      { PRERENDER_ARTICLES: "2.5" },
      { INQUIRY_WEBHOOK_URL: "ftp://hooks.example.com/x" },
      { INQUIRY_WEBHOOK_URL: "hooks.example.com/x" },
      { INQUIRY_RATE_LIMIT: "0", INQUIRY_RATE_WINDOW_SECONDS: "-60" },
      { INQUIRY_RATE_LIMIT: "2.5", INQUIRY_RATE_WINDOW_SECONDS: "ten" },
      { INQUIRY_PROXY_HOPS: "-1" },
      { INQUIRY_PROXY_HOPS: "1.5" },
    ] satisfies Env[]) {
      assert.deepEqual(configFromEnv(env), defaults, JSON.stringify(env));
    }
    for (const timeout of ["0", "-1", "1.5", "soon"]) {
      const { webhook } = configFromEnv({ INQUIRY_WEBHOOK_URL: "https://hooks.example.com/x", INQUIRY_WEBHOOK_TIMEOUT_MS: timeout }).inquiries;
      assert.equal(webhook?.timeoutMs, 5000, timeout);
    }
  });

  test("reads every setting it lists, and nothing else", () => {
    const read = new Set<string>();
    const recorded = (env: Env): Env =>
      new Proxy(env, {
        get(target, name, receiver) {
          read.add(String(name));
          return Reflect.get(target, name, receiver);
        },
      });
    // The webhook's timeout is read only when there is a webhook to time.
    configFromEnv(recorded({}));
    configFromEnv(recorded({ INQUIRY_WEBHOOK_URL: "https://hooks.example.com/x" }));
    assert.deepEqual([...read].sort(), [...SETTING_NAMES].sort());
  });
});

test("image hosts are host names, however an operator writes them", () => {
  const hosts = (value: string) => configFromEnv({ IMAGE_HOSTS: value }).imageHosts;
  assert.deepEqual(hosts(""), []);
  assert.deepEqual(hosts("https://Images.Example.com/, cdn.example.net:443/path, images.example.com"), [
    "images.example.com",
    "cdn.example.net",
  ]);
});

describe("getConfig", () => {
  test("reads the process's environment once: every read is the same object", () => {
    process.env.SITE_NAME = "最初の名前";
    const first = getConfig();
    process.env.SITE_NAME = "後からの名前";
    assert.equal(getConfig(), first);
    assert.equal(getConfig().site.name, "最初の名前");
  });
});

describe("README.md", () => {
  /** The variables named in the first column of every `| variable | default | meaning |` table. */
  function documentedSettings(markdown: string): string[] {
    const names: string[] = [];
    let inTable = false;
    for (const line of markdown.split("\n")) {
      const cells = line.trim().startsWith("|") ? line.split("|").slice(1, -1).map((cell) => cell.trim()) : null;
      if (!cells) inTable = false;
      else if (cells.join("|") === "variable|default|meaning") inTable = true;
      else if (inTable && !/^-+$/.test(cells[0] ?? "")) {
        const name = /^`([A-Z][A-Z0-9_]*)`$/.exec(cells[0] ?? "")?.[1];
        assert.ok(name, `a settings row names one variable in backticks: ${line}`);
        names.push(name);
      }
    }
    return names;
  }

  test("its settings tables list exactly the settings lib/config.ts reads, each once", () => {
    const documented = documentedSettings(fs.readFileSync(new URL("../README.md", import.meta.url), "utf8"));
    assert.deepEqual([...documented].sort(), [...new Set(documented)].sort(), "no setting is listed twice");
    assert.deepEqual([...documented].sort(), [...SETTING_NAMES].sort());
  });
});

describe("retiredSettingNotices", () => {
  test("SITE_CATEGORIES still set is named, with where categories live now", () => {
    const [notice, ...rest] = retiredSettingNotices({ SITE_CATEGORIES: "AI,Web3" });
    assert.equal(rest.length, 0);
    assert.match(notice ?? "", /SITE_CATEGORIES.*content\/categories\.yml/);
  });

  test("nothing when it is unset or empty", () => {
    assert.deepEqual(retiredSettingNotices({}), []);
    assert.deepEqual(retiredSettingNotices({ SITE_CATEGORIES: " " }), []);
  });
});
