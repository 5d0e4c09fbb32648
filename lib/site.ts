// Site-wide settings: what operators set (lib/config.ts) and what is fixed here.
import { getConfig } from "./config";

const settings = getConfig().site;

export const site = {
  name: settings.name,
  shortName: "TCI",
  description: settings.description,
  url: settings.url,
  /** Articles per listing page (home, categories, tags). */
  pageSize: 10,
  /** Where the recruiting calls to action of each kind of inquiry lead. */
  recruiting: settings.recruiting,
  /** For readers who prefer e-mail: shown beside the forms and in their refusal messages. */
  contactEmail: settings.contactEmail,
  /**
   * Categories and tags whose articles carry the "not investment advice" notice,
   * compared the way tags are (case and width do not matter).
   */
  investmentTerms: settings.investmentTerms,
  /** How many related jobs the article sidebar shows. */
  relatedJobsLimit: 3,
  /** The site's accounts for the follow box after each article (RSS is always offered). */
  follow: settings.follow,
  /** The career block right after each article's body: who it is for and what the service does. */
  careerBlock: {
    heading: "AI・Web3業界への転職を考えているあなたへ",
    audience: [
      "AIやブロックチェーンの技術を仕事の中心にしたい",
      "いまの経験がこの分野でどう評価されるか知りたい",
      "成長産業で年収やキャリアの幅を広げたい",
    ],
    service:
      "専門のキャリアアドバイザーが、非公開求人を含むAI・Web3企業の求人から、経験と希望に合うポジションをご紹介します。書類の準備から面接対策、条件交渉まで無料でお手伝いします。",
    /** Buttons to the job list filtered by a tag; one whose list has no open job is left out. */
    jobLists: [
      { label: "AIの求人を見る", tag: "AI" },
      { label: "Web3の求人を見る", tag: "Web3.0" },
    ],
  },
} as const;

export type Site = typeof site;
