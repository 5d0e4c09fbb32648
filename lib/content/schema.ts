// One schema per collection: front matter as editors write it → the values the site uses.
import { z } from "zod";
import { parseContentDate } from "../dates";
import { oldPathProblem } from "./old-paths";
import { slugProblem } from "./slugs";

const REQUIRED = "必須です";

function requiredText(kind: string) {
  return z
    .union([z.string(), z.number()], {
      error: (issue) => (issue.input === undefined || issue.input === null ? REQUIRED : `${kind}は文字列で書いてください`),
    })
    .transform((value) => String(value).normalize("NFC").trim())
    .refine((value) => value.length > 0, { error: "空にはできません" });
}

const optionalText = z
  .union([z.string(), z.number(), z.null()], { error: "文字列で書いてください" })
  .optional()
  .transform((value) => {
    const text = value === null || value === undefined ? "" : String(value).normalize("NFC").trim();
    return text.length > 0 ? text : null;
  });

function dateField(required: boolean) {
  return z.unknown().optional().transform((value, ctx) => {
    if (value === undefined || value === null || value === "") {
      if (required) ctx.addIssue({ code: "custom", message: REQUIRED });
      return null;
    }
    const parsed = parseContentDate(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.reason });
      return null;
    }
    return parsed.date;
  });
}

const LIST_HINT = "文字列か文字列の配列で書いてください（例: [AI, Web3.0]）";

/** A list of names: `[AI, "C#"]`, a single `"machine learning"`, or nothing. */
const nameList = z
  .union([z.string(), z.array(z.union([z.string(), z.number()], { error: LIST_HINT })), z.null()], { error: LIST_HINT })
  .optional()
  .transform((value) => {
    const items = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
    return items.map((item) => String(item).normalize("NFC").trim()).filter((item) => item.length > 0);
  });

const booleanish = z
  .union([z.boolean(), z.enum(["true", "false", "yes", "no"]), z.null()], {
    error: "true か false で書いてください",
  })
  .optional()
  .transform((value) => value === true || value === "true" || value === "yes");

const minutes = z
  .union([z.number(), z.string(), z.null()], { error: "分数を数字で書いてください（例: 8）" })
  .optional()
  .transform((value, ctx) => {
    if (value === null || value === undefined || value === "") return null;
    const number = typeof value === "number" ? value : Number(value.trim());
    if (!Number.isFinite(number) || number <= 0 || number > 600) {
      ctx.addIssue({ code: "custom", message: `"${value}" は分数として読めません（1〜600 の数字）` });
      return null;
    }
    return Math.round(number);
  });

const slugField = optionalText.superRefine((value, ctx) => {
  const problem = value === null ? null : slugProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const IMAGE_HINT = "画像は「/images/cover.png」のようなパスか https の URL を文字列で書いてください";

/** Why `value` cannot be an article image, or null: a path below public/ or an https URL. */
function imageSourceProblem(value: string): string | null {
  if (/^http:\/\//iu.test(value)) return `画像は https の URL にしてください（"${value}" は http です）`;
  if (value.startsWith("//")) return `"${value}" にはスキームがありません。https:// から書いてください`;
  if (/^[a-z][a-z\d+.-]*:/iu.test(value)) {
    if (!/^https:\/\//iu.test(value)) return `画像は public/ の中のパス（/images/…）か https の URL にしてください（"${value}"）`;
    try {
      new URL(value);
      return null;
    } catch {
      return `"${value}" は URL として読めません（https:// から書いてください）`;
    }
  }
  if (!value.startsWith("/")) {
    return `画像「${value}」は相対パスです。public/ に置き、「/images/…」のように / から書いてください`;
  }
  return null;
}

/** An image path or URL, or nothing. */
const imageSource = z
  .union([z.string(), z.null()], { error: IMAGE_HINT })
  .optional()
  .transform((value) => {
    const text = value === null || value === undefined ? "" : value.normalize("NFC").trim();
    return text.length > 0 ? text : null;
  })
  .superRefine((value, ctx) => {
    const problem = value === null ? null : imageSourceProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** jekyll-seo-tag's `image: { path, alt }` (some themes write `url` or `src` for the path). */
const imageMap = z.object({
  path: imageSource,
  url: imageSource,
  src: imageSource,
  alt: optionalText,
  caption: optionalText,
});

/** minimal-mistakes' `header:`; any other value some theme gave `header` is not ours to read. */
const headerMap = z.preprocess(
  (value) => (typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined),
  z
    .object({
      image: imageSource,
      overlay_image: imageSource,
      og_image: imageSource,
      teaser: imageSource,
      image_description: optionalText,
      caption: optionalText,
    })
    .optional(),
);

/** Old addresses of the article (jekyll-redirect-from's field): answered with a permanent redirect. */
const oldPaths = nameList.superRefine((paths, ctx) => {
  for (const written of paths) {
    const problem = oldPathProblem(written);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }
});

export const articleFrontMatterSchema = z.object({
  title: requiredText("タイトル"),
  date: dateField(true),
  updated: dateField(false),
  category: optionalText,
  categories: nameList,
  tags: nameList,
  author: optionalText,
  excerpt: optionalText,
  description: optionalText,
  summary: optionalText,
  reading_time: minutes,
  draft: booleanish,
  /** The front page's top story is the newest article marked so (else the newest). */
  featured: booleanish,
  image: z.union([imageSource, imageMap], { error: IMAGE_HINT }),
  image_alt: optionalText,
  image_caption: optionalText,
  feature_image: imageSource,
  thumbnail: imageSource,
  header: headerMap,
  slug: slugField,
  redirect_from: oldPaths,
});

export type ArticleFrontMatter = z.output<typeof articleFrontMatterSchema>;

/** The URL's scheme (`https:`), or null with an issue saying it cannot be read as a URL. */
function urlProtocol(value: string, ctx: z.RefinementCtx): string | null {
  try {
    return new URL(value).protocol;
  } catch {
    ctx.addIssue({ code: "custom", message: `"${value}" は URL として読めません（https:// から書いてください）` });
    return null;
  }
}

const applicationUrl = requiredText("URL").superRefine((value, ctx) => {
  const protocol = urlProtocol(value, ctx);
  if (protocol !== null && protocol !== "https:" && protocol !== "http:") {
    ctx.addIssue({ code: "custom", message: `応募先は http または https の URL にしてください（"${value}"）` });
  }
});

export const jobFrontMatterSchema = z.object({
  title: requiredText("求人タイトル"),
  company: requiredText("会社名"),
  location: requiredText("勤務地"),
  employment: requiredText("雇用形態"),
  salary: optionalText,
  tags: nameList,
  category: optionalText,
  url: applicationUrl,
  posted: dateField(true),
  expires: dateField(false),
});

export type JobFrontMatter = z.output<typeof jobFrontMatterSchema>;

/** Fields of a map that are not in `keys`: each is reported on its own line (see parseFile). */
function onlyKeys(keys: readonly string[], where: string) {
  return (issue: { code?: string; input?: unknown }) =>
    issue.code === "unrecognized_keys" ? `${where}に書ける項目は ${keys.join("、")} です` : undefined;
}

const X_HANDLE = /^@?([A-Za-z0-9_]{1,15})$/u;
const X_PROFILE_URL = /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com\/@?([A-Za-z0-9_]{1,15})\/?(?:[?#].*)?$/iu;

/** An X account as `@handle`, `handle` or its address (x.com or twitter.com) → `https://x.com/handle`. */
const xAccount = optionalText.transform((value, ctx) => {
  if (value === null) return null;
  const handle = X_HANDLE.exec(value)?.[1] ?? X_PROFILE_URL.exec(value)?.[1];
  if (handle) return `https://x.com/${handle}`;
  ctx.addIssue({ code: "custom", message: `"${value}" は X のアカウントとして読めません（@handle か https://x.com/handle の形で書いてください）` });
  return null;
});

/** A page of the author's own, over https. */
const siteUrl = optionalText.superRefine((value, ctx) => {
  if (value === null) return;
  const protocol = urlProtocol(value, ctx);
  if (protocol !== null && protocol !== "https:") ctx.addIssue({ code: "custom", message: `サイトは https の URL にしてください（"${value}"）` });
});

const AUTHOR_LINKS = ["x", "site"] as const;

const authorLinks = z
  .strictObject(
    { x: xAccount, site: siteUrl },
    { error: (issue) => onlyKeys(AUTHOR_LINKS, "links ")(issue) ?? "links は「x: @handle」「site: https://…」のように並べて書いてください" },
  )
  .nullish()
  .transform((links) => links ?? { x: null, site: null });

const AUTHOR_FIELDS = ["name", "role", "portrait", "aliases", "links"] as const;

/** An author profile (content/authors/<id>.md); the body is the short bio. */
export const authorFrontMatterSchema = z.strictObject(
  {
    name: requiredText("名前"),
    /** 編集長, 記者, … */
    role: optionalText,
    /** A file under public/ or an https URL on an allowed host, like an article's image. */
    portrait: imageSource,
    /** Other spellings of the name that articles use for this author. */
    aliases: nameList,
    links: authorLinks,
  },
  { error: onlyKeys(AUTHOR_FIELDS, "著者のファイル") },
);

export type AuthorFrontMatter = z.output<typeof authorFrontMatterSchema>;
