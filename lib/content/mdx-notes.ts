// ※ paragraphs are notes in Japanese writing; they get their own style.
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

function startsWithNoteMark(node: Element): boolean {
  const first = node.children[0];
  return first?.type === "text" && first.value.trimStart().startsWith("※");
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
