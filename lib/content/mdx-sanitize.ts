// The allowlist every article and job body passes through, whether its markup came from Markdown,
// raw HTML in a .md file or JSX in an .mdx file: editors paste from many places.
import type { Element, ElementContent, Properties, Root, RootContent } from "hast";
import type { Root as MdastRoot } from "mdast";
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from "mdast-util-mdx-jsx";
import { find, html } from "property-information";
import rehypeSanitize, { defaultSchema, type Options as Schema } from "rehype-sanitize";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { CONTENT_ID_PREFIX } from "./content-ids";

/** Components an article may use in MDX; the renderer's components map provides exactly these. */
export const MDX_COMPONENT_NAMES = ["Note"] as const;
const COMPONENT_NAMES: ReadonlySet<string> = new Set(MDX_COMPONENT_NAMES);

/** The `ruleId` of the message naming a component the site does not have. */
export const UNKNOWN_COMPONENT = "unknown-component";

/**
 * remark plugin for .mdx: a capitalised tag the site has no component for fails the compile, in
 * the content check and in the build alike, after naming each one with its place.
 */
export function remarkKnownComponents() {
  return (tree: MdastRoot, file: VFile) => {
    let unknown = 0;
    visit(tree, (node) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const name = node.name ?? "";
      if (!/^[A-Z]/.test(name) || COMPONENT_NAMES.has(name)) return;
      unknown += 1;
      file.message(
        `<${name}> というコンポーネントはありません（使えるもの: ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(", ")}）`,
        { place: node.position, ruleId: UNKNOWN_COMPONENT, source: "article" },
      );
    });
    if (unknown > 0) file.fail(`使えないコンポーネントが ${unknown} 個あります`, { ruleId: "unknown-components", source: "article" });
  };
}

const aria = ["ariaDescribedBy", "ariaLabel", "ariaLabelledBy"];

// Form controls, keyboard shortcuts and focus order belong to the page, not to an article.
const PAGE_ONLY_ATTRIBUTES = new Set([
  "accept", "acceptCharset", "accessKey", "action", "checked", "coords", "encType", "isMap", "maxLength",
  "method", "multiple", "noHref", "prompt", "readOnly", "selected", "shape", "tabIndex", "useMap",
]);

/** The site's components keep their names; any other JSX tag is HTML, where case does not count (<SCRIPT>). */
function elementName(jsxName: string): string {
  return COMPONENT_NAMES.has(jsxName) ? jsxName : jsxName.toLowerCase();
}

/**
 * GitHub's schema (hast-util-sanitize's default), narrowed where articles have no use for a
 * feature and widened only for what they legitimately use. No SVG or MathML: both can animate or
 * retarget links, and articles show charts as image files.
 */
export const ARTICLE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [
    // No task-list checkboxes (`input`), as before: articles are not forms.
    ...(defaultSchema.tagNames ?? []).filter((name) => !["input", "picture", "source"].includes(name)),
    "abbr", "caption", "cite", "figcaption", "figure", "mark", "small", "time", "u",
    ...MDX_COMPONENT_NAMES,
  ],
  attributes: {
    ...defaultSchema.attributes,
    // The 脚注 heading's class (see footnoteLabelProperties in mdx-options.ts).
    h2: [["className", "footnotes-title"]],
    img: [...aria, "src"],
    "*": (defaultSchema.attributes?.["*"] ?? []).filter(
      (definition) => !PAGE_ONLY_ATTRIBUTES.has(typeof definition === "string" ? definition : definition[0]),
    ),
  },
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
  required: {},
  clobberPrefix: CONTENT_ID_PREFIX,
  // Dropped with what they hold: their content is code, styling or a document of its own, not
  // words for the reader.
  strip: [
    "script", "style", "svg", "math", "template", "textarea", "select", "title", "noscript", "iframe",
    "object", "embed", "xmp", "noembed", "noframes",
  ],
};

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

function isJsxElement(node: RootContent): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

/** What a literal JSX attribute would be as an HTML attribute; expressions and spreads are code and go. */
function jsxProperties(element: JsxElement): Properties {
  const properties: Properties = {};
  for (const attribute of element.attributes) {
    if (attribute.type !== "mdxJsxAttribute") continue;
    const { value } = attribute;
    if (value !== null && value !== undefined && typeof value !== "string") continue;
    const info = find(html, attribute.name);
    if (value === null || value === undefined || info.boolean) {
      properties[info.property] = true;
    } else if (info.spaceSeparated) {
      properties[info.property] = value.split(/[ \t\n\f\r]+/u).filter(Boolean);
    } else if (info.commaSeparated) {
      properties[info.property] = value.split(",").map((part) => part.trim());
    } else if (info.number && value.trim() !== "" && Number.isFinite(Number(value))) {
      properties[info.property] = Number(value);
    } else {
      properties[info.property] = value;
    }
  }
  return properties;
}

function htmlChildren(children: readonly RootContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (isJsxElement(child)) {
      const content = htmlChildren(child.children);
      // A fragment (<>…</>) is only its content.
      if (!child.name) return content;
      const element: Element = {
        type: "element",
        tagName: elementName(child.name),
        properties: jsxProperties(child),
        children: content,
        position: child.position,
      };
      return [element];
    }
    if (child.type === "element") return [{ ...child, children: htmlChildren(child.children) }];
    return [child as ElementContent];
  });
}

/**
 * rehype plugin: JSX elements of an .mdx body become the HTML elements they stand for, so the
 * one schema below judges .md and .mdx alike (the site's components keep their names and pass
 * only if allowed).
 */
export function rehypeJsxAsHtml() {
  return (tree: Root) => {
    tree.children = htmlChildren(tree.children) as Root["children"];
  };
}

/** The allowlist as a rehype plugin with its options, for a `rehypePlugins` list. */
export const rehypeSanitizeArticle: [typeof rehypeSanitize, Schema] = [rehypeSanitize, ARTICLE_SCHEMA];

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * rehype plugin, after the sanitiser: in-page links (`#はじめに`, footnote references) follow
 * their targets to the prefixed ids. Links to ids the body does not have are left as written.
 */
export function rehypeContentAnchors() {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, "element", (node) => {
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    });
    visit(tree, "element", (node) => {
      const href = node.properties.href;
      if (node.tagName !== "a" || typeof href !== "string" || !href.startsWith("#")) return;
      const fragment = href.slice(1);
      if (fragment.startsWith(CONTENT_ID_PREFIX) || !ids.has(CONTENT_ID_PREFIX + decodeFragment(fragment))) return;
      node.properties.href = `#${CONTENT_ID_PREFIX}${fragment}`;
    });
  };
}
