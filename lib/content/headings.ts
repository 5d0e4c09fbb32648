// Article headings: ids for anchors and the 目次 (table of contents), from one remark plugin.
import type { Heading, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { boldLineHeading, isBoldHeadingText } from "./bold-headings";
import { CONTENT_ID_PREFIX } from "./content-ids";
import type { BodyFormat, TocEntry } from "./types";

/** Ids the renderer itself gives elements in an article body (the 脚注 heading, footnotes and their references). */
const RESERVED_IDS = ["footnote-label"];
const FOOTNOTE_ID = /^fn(?:ref)?-\d/u;

/** Japanese-friendly anchor ids: kana and kanji stay, punctuation goes, repeats get -2, -3. */
export function createSlugger() {
  const used = new Set<string>(RESERVED_IDS);
  return (text: string): string => {
    const slug =
      text
        .normalize("NFKC")
        .toLowerCase()
        .trim()
        .replace(/\s+/gu, "-")
        .replace(/[^\p{L}\p{N}\p{M}_-]/gu, "")
        .replace(/-+/gu, "-")
        .replace(/^-|-$/gu, "") || "section";
    // A heading spelled like a footnote id ("fn-1") must not take a footnote's place.
    const base = FOOTNOTE_ID.test(slug) ? `heading-${slug}` : slug;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

function headingText(node: Parameters<typeof toString>[0]): string {
  // Raw HTML inside a heading (<br>, <sup>) is markup, not words.
  return toString(node, { includeHtml: false }).trim();
}

/** A paragraph that is nothing but bold text, and reads as a heading (see bold-headings.ts). */
function isBoldLine(node: Root["children"][number]): boolean {
  if (node.type !== "paragraph" || node.children.length !== 1 || node.children[0]?.type !== "strong") return false;
  return isBoldHeadingText(headingText(node));
}

type Depth = Heading["depth"];

function clampDepth(depth: number): Depth {
  return Math.min(6, Math.max(2, depth)) as Depth;
}

/**
 * remark plugin: the body's top heading level becomes h2 (the page's h1 is the title, and
 * Jekyll posts often start at ###), bold-only paragraphs become the level below it, and each
 * heading gets an id. `collect` receives the 目次 entries (h2 and h3).
 */
export function remarkArticleHeadings(options: { collect?: TocEntry[] } = {}) {
  return (tree: Root) => {
    const depths = tree.children.flatMap((node) => (node.type === "heading" ? [node.depth] : []));
    const shift = depths.length > 0 ? Math.min(...depths) - 2 : 0;
    const boldDepth: Depth = depths.length > 0 ? 3 : 2;
    visit(tree, "heading", (node) => {
      node.depth = clampDepth(node.depth - shift);
    });
    tree.children = tree.children.map((node) => {
      if (!isBoldLine(node) || node.type !== "paragraph") return node;
      const strong = node.children[0];
      const heading: Heading = {
        type: "heading",
        depth: boldDepth,
        children: strong?.type === "strong" ? strong.children : [],
        position: node.position,
      };
      return heading;
    });
    const slug = createSlugger();
    visit(tree, "heading", (node) => {
      const text = headingText(node);
      const id = slug(text);
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
      if (node.depth === 2 || node.depth === 3) options.collect?.push({ id: CONTENT_ID_PREFIX + id, text, depth: node.depth });
    });
  };
}

/** The 目次 of a body, with the same ids the renderer gives its headings. */
export function extractToc(body: string, format: BodyFormat): TocEntry[] {
  const entries: TocEntry[] = [];
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (format === "mdx") processor.use(remarkMdx);
  const tree = processor.parse(body);
  remarkArticleHeadings({ collect: entries })(tree);
  return entries;
}

const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/u;

/**
 * Heading texts by a line scan: what search needs to rank headings, at a fraction of a parse's
 * cost. Follows the rules above (bold lines, not ※ notes or sentences) but ignores code fences.
 */
export function headingTextsForSearch(body: string): string[] {
  const texts: string[] = [];
  for (const line of body.split("\n")) {
    const heading = ATX_HEADING.exec(line)?.[1];
    if (heading) {
      texts.push(heading.replace(/[*_`]/gu, "").trim());
      continue;
    }
    const bold = boldLineHeading(line);
    if (bold !== null) texts.push(bold);
  }
  return texts;
}
