// Slugs for articles and jobs, and the key that makes tag spellings one tag.
import path from "node:path";
import { foldKey } from "../text-fold";

const JEKYLL_DATE_PREFIX = /^\d{4}-\d{1,2}-\d{1,2}-/;

/** `2025/2025-10-08-foo.md` → `foo`; Japanese names are normalised to NFC (macOS writes NFD). */
export function slugFromFileName(filePath: string): string {
  const base = path.basename(filePath).replace(/\.(md|mdx)$/i, "");
  return base.normalize("NFC").replace(JEKYLL_DATE_PREFIX, "").trim();
}

/** Characters that cannot stand in a URL segment without confusing readers or servers. */
const UNSAFE_SLUG = /[\/\\?#%\s]|^\.\.?$/u;

export function slugProblem(slug: string): string | null {
  if (slug.length === 0) return "空にはできません";
  if (UNSAFE_SLUG.test(slug)) return `"${slug}" には / \\ ? # % や空白を使えません`;
  if (slug.length > 200) return "200文字以内にしてください";
  return null;
}

/**
 * The identity of a tag or category, its folded key: AI, ai and ＡＩ are one tag, and so are
 * "machine  learning" and "machine learning". Display keeps the editor's spelling.
 */
export function termKey(name: string): string {
  return foldKey(name);
}
