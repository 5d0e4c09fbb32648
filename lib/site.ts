// Site-wide settings. Operators override them with environment variables at build time.
import { INQUIRY_KINDS, type InquiryKind } from "./inquiries/fields";

function fromEnv(name: string, fallback: string): string {
  const value = process.env[name]?.trim();
  return value ? value : fallback;
}

/** The setting that sends a kind's calls to action somewhere else than the kind's own form. */
const RECRUITING_URL_SETTINGS: Record<InquiryKind, string> = {
  career: "RECRUIT_JOB_SEEKER_URL",
  recruiters: "RECRUIT_RECRUITER_URL",
  freelance: "RECRUIT_FREELANCER_URL",
};

/** Each kind's setting, else the kind's own form (app/contact/[audience]). */
function recruitingUrls(): Record<InquiryKind, string> {
  // Starts as a copy of the settings so the compiler knows every kind is there; each value is replaced.
  const urls = { ...RECRUITING_URL_SETTINGS };
  for (const kind of INQUIRY_KINDS) urls[kind] = fromEnv(RECRUITING_URL_SETTINGS[kind], `/contact/${kind}`);
  return urls;
}

function trimTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

export const site = {
  name: fromEnv("SITE_NAME", "テックキャリア・インサイト"),
  shortName: "TCI",
  description: fromEnv(
    "SITE_DESCRIPTION",
    "AI・Web3・テック投資の最新動向を、キャリアの視点で読み解くニュースメディア。",
  ),
  url: trimTrailingSlash(fromEnv("SITE_URL", "http://localhost:3000")),
  /** Articles per listing page (home, categories, tags). */
  pageSize: 10,
  /** Where the recruiting calls to action of each kind of inquiry lead. */
  recruiting: recruitingUrls(),
  /** For readers who prefer e-mail: shown beside the forms and in their refusal messages. */
  contactEmail: fromEnv("CONTACT_EMAIL", "recruit@example.com"),
  /**
   * Categories and tags whose articles carry the "not investment advice" notice,
   * compared the way tags are (case and width do not matter).
   */
  investmentTerms: fromEnv("INVESTMENT_TERMS", "投資分析,投資,暗号資産,株式")
    .split(",")
    .map((term) => term.trim())
    .filter((term) => term.length > 0),
  /** How many related jobs the article sidebar shows. */
  relatedJobsLimit: 3,
  /** Categories editors may use; `npm run check:content` reports any other as a typo. */
  categories: fromEnv("SITE_CATEGORIES", "AI,Web3,投資分析,キャリア,テクノロジー")
    .split(",")
    .map((category) => category.trim())
    .filter((category) => category.length > 0),
} as const;

export type Site = typeof site;
