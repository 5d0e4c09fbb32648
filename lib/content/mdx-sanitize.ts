// Strips anything executable from article HTML/JSX: editors paste from many places.
import type { Root } from "hast";
import { SKIP, visit } from "unist-util-visit";

const BLOCKED_TAGS = new Set([
  "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link",
  "meta", "form", "input", "button", "textarea", "select", "option", "noscript", "template", "portal",
]);

/** Lower-cased, without ":" — JSX keeps names as written (HREF) and hast camel-cases (xLinkHref). */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlinkhref", "poster", "srcset", "data", "cite", "background", "ping"]);
const UNSAFE_SCHEME = /^(?:javascript|vbscript|data):/;

function isUnsafeUrl(value: unknown): boolean {
  if (typeof value !== "string") return false;
  // Browsers ignore control characters and whitespace inside a scheme (java\tscript:).
  return UNSAFE_SCHEME.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase());
}

function isUnsafeAttribute(name: string, value: unknown): boolean {
  const key = name.toLowerCase().replace(/[:_-]/g, "");
  if (key.startsWith("on") || key === "style" || key === "dangerouslysetinnerhtml") return true;
  return URL_ATTRIBUTES.has(key) && isUnsafeUrl(value);
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface JsxElement {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: JsxAttribute[];
}

function isJsxElement(node: unknown): node is JsxElement {
  const type = (node as { type?: unknown }).type;
  return type === "mdxJsxFlowElement" || type === "mdxJsxTextElement";
}

/** rehype plugin: works on HTML elements (from raw HTML in .md) and JSX elements (in .mdx). */
export function rehypeStripUnsafe() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === "element") {
        if (BLOCKED_TAGS.has(node.tagName.toLowerCase()) && parent && index !== undefined) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        for (const name of Object.keys(node.properties)) {
          if (isUnsafeAttribute(name, node.properties[name])) delete node.properties[name];
        }
        return undefined;
      }
      if (isJsxElement(node)) {
        const tag = (node.name ?? "").toLowerCase();
        if (BLOCKED_TAGS.has(tag) && parent && index !== undefined) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        node.attributes = node.attributes.filter(
          (attribute) =>
            attribute.type === "mdxJsxAttribute" &&
            typeof attribute.name === "string" &&
            !isUnsafeAttribute(attribute.name, attribute.value),
        );
      }
      return undefined;
    });
  };
}
