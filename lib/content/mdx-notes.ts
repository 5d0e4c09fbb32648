// ※ paragraphs are notes in Japanese writing; they get their own style.
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/** The first text a reader sees in the paragraph, even inside <strong>. */
function firstText(node: Element): string {
  for (const child of node.children) {
    if (child.type === "text" && child.value.trim()) return child.value.trimStart();
    if (child.type === "element") {
      const text = firstText(child);
      if (text) return text;
    }
  }
  return "";
}

function startsWithNoteMark(node: Element): boolean {
  return firstText(node).startsWith("※");
}

export function rehypeNoteParagraphs() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName !== "p" || !startsWithNoteMark(node)) return;
      const existing = node.properties.className;
      const classes = Array.isArray(existing) ? existing.map(String) : [];
      node.properties.className = [...classes, "note"];
    });
  };
}
