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
  /** Categories editors may use; `npm run check:content` reports any other as a typo. */
  categories: settings.categories,
} as const;

export type Site = typeof site;
