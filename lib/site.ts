// Site-wide settings. Operators override them with environment variables at build time.

function fromEnv(name: string, fallback: string): string {
  const value = process.env[name]?.trim();
  return value ? value : fallback;
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
  /** Where the three recruiting calls to action lead. */
  recruiting: {
    jobSeekers: fromEnv("RECRUIT_JOB_SEEKER_URL", "/contact/career"),
    recruiters: fromEnv("RECRUIT_RECRUITER_URL", "/contact/recruiters"),
    freelancers: fromEnv("RECRUIT_FREELANCER_URL", "/contact/freelance"),
  },
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
