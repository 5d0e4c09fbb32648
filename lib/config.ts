// Every setting the site reads from the environment, parsed and checked in one place. Modules
// take their settings from getConfig(); tests hand configFromEnv an environment of their own.
import { INQUIRY_KINDS, type InquiryKind } from "./inquiries/fields";
import type { RateLimitSettings } from "./inquiries/rate-limit";

/** Every environment variable the site reads. README.md's settings tables list exactly these. */
export const SETTING_NAMES = [
  "SITE_URL",
  "SITE_NAME",
  "SITE_DESCRIPTION",
  "RECRUIT_JOB_SEEKER_URL",
  "RECRUIT_RECRUITER_URL",
  "RECRUIT_FREELANCER_URL",
  "CONTACT_EMAIL",
  "INVESTMENT_TERMS",
  "SITE_X_URL",
  "SITE_LINE_URL",
  "CONTENT_DIR",
  "IMAGE_HOSTS",
  "NEXT_DIST_DIR",
  "NEXT_OUTPUT",
  "BUILD_WORKERS",
  "PRERENDER_ARTICLES",
  "NODE_ENV",
  "DATA_DIR",
  "DATABASE_URL",
  "DATABASE_POOL_SIZE",
  "INQUIRY_WEBHOOK_URL",
  "INQUIRY_WEBHOOK_TIMEOUT_MS",
  "INQUIRY_RATE_LIMIT",
  "INQUIRY_RATE_WINDOW_SECONDS",
  "INQUIRY_PROXY_HOPS",
] as const;

export type SettingName = (typeof SETTING_NAMES)[number];

/**
 * Settings read only where pages are generated or served, never by Next.js's compile
 * (next.config.ts and the bundles). A build whose other settings match the last compile's may
 * reuse it (scripts/build/fingerprint.ts); a setting left off this list always counts.
 */
export const SETTINGS_NOT_READ_BY_COMPILE: readonly SettingName[] = [
  "CONTENT_DIR",
  "PRERENDER_ARTICLES",
  "BUILD_WORKERS",
  "DATA_DIR",
  "DATABASE_URL",
  "DATABASE_POOL_SIZE",
  "INQUIRY_WEBHOOK_URL",
  "INQUIRY_WEBHOOK_TIMEOUT_MS",
  "INQUIRY_RATE_LIMIT",
  "INQUIRY_RATE_WINDOW_SECONDS",
  "INQUIRY_PROXY_HOPS",
];

/** Settings the site used to read, with what took their place: said wherever they would have mattered. */
const RETIRED_SETTINGS: Readonly<Record<string, string>> = {
  SITE_CATEGORIES:
    "SITE_CATEGORIES は使われなくなりました。カテゴリ（名前・スラッグ・説明・並び順）は content/categories.yml に書きます。この環境変数は消してください",
};

/** A message for each retired setting still set in `env`. */
export function retiredSettingNotices(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.entries(RETIRED_SETTINGS)
    .filter(([name]) => (env[name] ?? "").trim().length > 0)
    .map(([, message]) => message);
}

/** An environment as configFromEnv reads it: the process's, or one a test writes. */
export type Env = Readonly<Partial<Record<SettingName, string>>>;

export interface SiteSettings {
  name: string;
  description: string;
  /** The public origin, without a trailing slash. */
  url: string;
  /** Where the recruiting calls to action of each kind of inquiry lead. */
  recruiting: Record<InquiryKind, string>;
  /** For readers who prefer e-mail: shown beside the forms and in their refusal messages. */
  contactEmail: string;
  /**
   * Categories and tags whose articles carry the "not investment advice" notice,
   * compared the way tags are (case and width do not matter).
   */
  investmentTerms: string[];
  /** The site's own accounts for the follow box after each article; null where there is none. */
  follow: { x: string | null; line: string | null };
}

export interface WebhookSettings {
  url: string;
  timeoutMs: number;
}

export interface InquirySettings {
  /** DATA_DIR as set, or null for `data` below the working directory (lib/inquiries/store.ts). */
  dataDir: string | null;
  /** PostgreSQL for everything the server writes (several hosts); null for the SQLite files. */
  databaseUrl: string | null;
  /** Connections each server process may hold to it (`DATABASE_POOL_SIZE`, default 10). */
  databasePoolSize: number;
  /** Null when no http(s) address is set: no one is called. */
  webhook: WebhookSettings | null;
  rateLimit: RateLimitSettings;
  proxyHops: number;
}

export interface Config {
  /** NODE_ENV is `development`, as under `next dev`: drafts are served and content is re-read. */
  isDevelopment: boolean;
  site: SiteSettings;
  /** CONTENT_DIR as set, or null for `content` below the working directory (lib/content). */
  contentDir: string | null;
  /**
   * Hosts an article's image may come from over https (`IMAGE_HOSTS`), lower case; empty, only
   * images under public/ are allowed. next.config.ts lets next/image fetch from these alone.
   */
  imageHosts: string[];
  /** Next.js's output folder: the build writes it, `next start` and the search index read it. */
  distDir: string;
  /** `standalone` builds a server that runs on its own (Dockerfile); unset, `next start` serves. */
  output: "standalone" | undefined;
  /** Page-generation workers of the build; unset, Next.js's default (one per core but one). */
  buildWorkers: number | undefined;
  /** How many of the newest articles the build writes; the rest are rendered on first request. */
  prerenderArticles: number;
  inquiries: InquirySettings;
}

function webhookSettingsFromEnv(env: Env): WebhookSettings | null {
  const url = env.INQUIRY_WEBHOOK_URL?.trim();
  if (!url || !/^https?:\/\//i.test(url)) return null;
  const timeout = Number(env.INQUIRY_WEBHOOK_TIMEOUT_MS);
  return { url, timeoutMs: Number.isInteger(timeout) && timeout > 0 ? timeout : 5000 };
}

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value?.trim());
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** `INQUIRY_RATE_LIMIT` attempts per `INQUIRY_RATE_WINDOW_SECONDS` (default 10 per 600 s). */
function rateLimitSettingsFromEnv(env: Env): RateLimitSettings {
  return {
    limit: positiveInteger(env.INQUIRY_RATE_LIMIT, 10),
    windowMs: positiveInteger(env.INQUIRY_RATE_WINDOW_SECONDS, 600) * 1000,
  };
}

/**
 * Reverse proxies in front of the site that append to `X-Forwarded-For` (`INQUIRY_PROXY_HOPS`).
 * Default 0: the site is exposed directly (as the Dockerfile runs it) and only the socket is
 * believed.
 */
function proxyHopsFromEnv(env: Env): number {
  const parsed = Number(env.INQUIRY_PROXY_HOPS?.trim() || "0");
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : 0;
}

/** The setting that sends a kind's calls to action somewhere else than the kind's own form. */
const RECRUITING_URL_SETTINGS: Record<InquiryKind, SettingName> = {
  career: "RECRUIT_JOB_SEEKER_URL",
  recruiters: "RECRUIT_RECRUITER_URL",
  freelance: "RECRUIT_FREELANCER_URL",
};

/** A whole number of things, 0 allowed; the fallback when unset or not such a number. */
function countSetting(value: string | undefined, fallback: number): number {
  const parsed = Number(value?.trim() || Number.NaN);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}

/** A text setting: trimmed, and the fallback when unset or blank. */
function text(env: Env, name: SettingName, fallback: string): string {
  const value = env[name]?.trim();
  return value ? value : fallback;
}

/** An https address, or null when unset; anything else is ignored rather than linked to. */
function httpsUrl(env: Env, name: SettingName): string | null {
  const value = env[name]?.trim();
  if (!value) return null;
  try {
    return new URL(value).protocol === "https:" ? value : null;
  } catch {
    return null;
  }
}

/** A comma-separated setting, its entries trimmed and empty ones dropped. */
function list(env: Env, name: SettingName, fallback: string): string[] {
  return text(env, name, fallback)
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/**
 * Host names as an operator may write them: `cdn.example.com`, also `https://cdn.example.com/`
 * (the scheme, a path and a port are dropped), in any case.
 */
function imageHostsFromEnv(env: Env): string[] {
  const hosts = list(env, "IMAGE_HOSTS", "").map((entry) =>
    entry
      .replace(/^[a-z][a-z\d+.-]*:\/\//iu, "")
      .replace(/[/?#].*$/u, "")
      .replace(/:\d*$/u, "")
      .toLowerCase(),
  );
  return [...new Set(hosts.filter((host) => host.length > 0))];
}

/** Each kind's setting, else the kind's own form (app/contact/[audience]). */
function recruitingUrls(env: Env): Record<InquiryKind, string> {
  // Starts as a copy of the settings so the compiler knows every kind is there; each value is replaced.
  const urls: Record<InquiryKind, string> = { ...RECRUITING_URL_SETTINGS };
  for (const kind of INQUIRY_KINDS) urls[kind] = text(env, RECRUITING_URL_SETTINGS[kind], `/contact/${kind}`);
  return urls;
}

function siteSettingsFromEnv(env: Env): SiteSettings {
  return {
    name: text(env, "SITE_NAME", "テックキャリア・インサイト"),
    description: text(env, "SITE_DESCRIPTION", "AI・Web3・テック投資の最新動向を、キャリアの視点で読み解くニュースメディア。"),
    url: text(env, "SITE_URL", "http://localhost:3000").replace(/\/+$/, ""),
    recruiting: recruitingUrls(env),
    contactEmail: text(env, "CONTACT_EMAIL", "recruit@example.com"),
    investmentTerms: list(env, "INVESTMENT_TERMS", "投資分析,投資,暗号資産,株式"),
    follow: { x: httpsUrl(env, "SITE_X_URL"), line: httpsUrl(env, "SITE_LINE_URL") },
  };
}

/** Every setting from `env`, defaults filled in; reads nothing else, so tests can pass their own. */
export function configFromEnv(env: Env): Config {
  const buildWorkers = Number(env.BUILD_WORKERS);
  return {
    isDevelopment: env.NODE_ENV === "development",
    site: siteSettingsFromEnv(env),
    contentDir: env.CONTENT_DIR ?? null,
    imageHosts: imageHostsFromEnv(env),
    distDir: env.NEXT_DIST_DIR || ".next",
    output: env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
    buildWorkers: buildWorkers > 0 ? buildWorkers : undefined,
    prerenderArticles: countSetting(env.PRERENDER_ARTICLES, 100),
    inquiries: {
      dataDir: env.DATA_DIR?.trim() || null,
      databaseUrl: env.DATABASE_URL?.trim() || null,
      databasePoolSize: positiveInteger(env.DATABASE_POOL_SIZE, 10),
      webhook: webhookSettingsFromEnv(env),
      rateLimit: rateLimitSettingsFromEnv(env),
      proxyHops: proxyHopsFromEnv(env),
    },
  };
}

let cached: Config | undefined;

/**
 * This process's settings, read on first use and the same object ever after.
 *
 * NODE_ENV is named as written so that Next.js replaces it when it bundles the server, as it did
 * wherever the code named it before: the bundles see the mode Next.js built them for, whatever the
 * shell says. Nothing else is fixed by the bundler: a server started from a build takes DATA_DIR,
 * DATABASE_URL, the webhook, the rate limit, the proxy hops and, for what it renders on request,
 * SITE_URL and the other site settings from the environment it runs in.
 */
export function getConfig(): Config {
  cached ??= configFromEnv({ ...process.env, NODE_ENV: process.env.NODE_ENV });
  return cached;
}
