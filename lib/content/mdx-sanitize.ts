// Strips anything executable from article HTML/JSX: editors paste from many places.
import type { Root } from "hast";
import { SKIP, visit } from "unist-util-visit";

const BLOCKED_TAGS = new Set([
  "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link",
  "meta", "form", "input", "button", "textarea", "select", "option", "noscript", "template", "portal",
]);

const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "formAction", "xlinkHref", "poster", "srcset", "srcSet", "data", "cite"]);
const UNSAFE_URL = /^[\s\u0000-\u001f]*(?:javascript|vbscript|data)\s*:/i;

function isUnsafeAttribute(name: string, value: unknown): boolean {
  if (/^on/i.test(name) || name.toLowerCase() === "style" || name === "dangerouslySetInnerHTML") return true;
  return URL_ATTRIBUTES.has(name) && typeof value === "string" && UNSAFE_URL.test(value);
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
