// The shapes pages receive. Everything here is already validated and normalised.
import type { TaxonomyKind } from "../urls";

export type BodyFormat = "md" | "mdx";

/** One entry of an article's 目次 (table of contents). */
export interface TocEntry {
  /** The id as it stands on the page, with the prefix every id from content gets. */
  id: string;
  text: string;
  depth: 2 | 3;
}

export interface TermRef {
  kind: TaxonomyKind;
  /** The spelling shown to readers. */
  name: string;
  /** NFKC + lower case: what makes AI, ai and ＡＩ one term. */
  key: string;
  /** What stands in its address: the ASCII slug categories.yml gives, else the name. */
  segment: string;
  path: string;
  /** Place in categories.yml (navigation order); null for terms no list orders. */
  order: number | null;
}

/** An article's picture (アイキャッチ): at the top of the article, on its cards and share cards. */
export interface ArticleImage {
  /** "/images/x.png" (a file under public/) or an https URL on an allowed host. */
  src: string;
  /** "" when the editor gave none (check:content warns). */
  alt: string;
  /** Shown as 写真: … under the image; null when none. */
  caption: string | null;
  /** Read from the file for local images; null for remote ones (layouts then use a fixed aspect ratio). */
  width: number | null;
  height: number | null;
}

export interface Article {
  slug: string;
  path: string;
  /** Project-relative path of the source file, for messages. */
  sourcePath: string;
  format: BodyFormat;
  title: string;
  date: Date;
  updated: Date | null;
  /** Primary category (the first of Jekyll's `categories`). */
  category: TermRef | null;
  categories: TermRef[];
  tags: TermRef[];
  /**
   * Free text as the editor wrote it, linking to the author's listing; when it names an author
   * profile (content/authors/), the profile's name and page.
   */
  author: TermRef | null;
  excerpt: string;
  readingMinutes: number;
  draft: boolean;
  /** Marked by the editor as a candidate for the front page's top story. */
  featured: boolean;
  image: ArticleImage | null;
  body: string;
  /** File line where the body starts, so body positions map back to the file. */
  bodyStartLine: number;
}

export interface Term extends TermRef {
  /** From categories.yml or tags.yml; null when the editors wrote none. */
  description: string | null;
  articles: Article[];
}

/** An author's own page of facts (content/authors/<id>.md), shown with their articles. */
export interface AuthorProfile {
  /** The file name: the author page's address (`/authors/<id>`). */
  id: string;
  sourcePath: string;
  name: string;
  /** 編集長, 記者, … ; null when none is given. */
  role: string | null;
  /** The body as paragraphs of plain text (markup removed). */
  bio: string[];
  /** "/images/authors/x.png" (a file under public/) or an https URL on an allowed host. */
  portrait: string | null;
  links: { x: string | null; site: string | null };
  /** The links that say who the author is elsewhere (schema.org `sameAs`), X first. */
  sameAs: string[];
  path: string;
  /** termKey of the id, the name and each alias: an article's `author` with one of these is theirs. */
  keys: string[];
}

export interface Job {
  id: string;
  sourcePath: string;
  title: string;
  company: string;
  location: string;
  employment: string;
  salary: string | null;
  tags: string[];
  tagKeys: ReadonlySet<string>;
  category: string | null;
  categoryKey: string | null;
  url: string;
  posted: Date;
  expires: Date | null;
  /** Open at build time: not past the end of its `expires` day (JST). */
  isOpen: boolean;
  body: string;
}
