// Body images under public/ get their width and height at compile time, so rendering reads only
// props (no disk access during render) and the page reserves their space before they load.
import type { Root } from "hast";
import { visit } from "unist-util-visit";
import { localImageSize } from "../local-image";

/**
 * Runs after the sanitiser. Whatever width and height an editor wrote are dropped: the only
 * sizes on an <img> are the ones read here from the file, which the image component trusts.
 */
export function rehypeLocalImageSizes() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName !== "img") return;
      delete node.properties.width;
      delete node.properties.height;
      if (typeof node.properties.src !== "string") return;
      const size = localImageSize(node.properties.src);
      if (!size) return;
      node.properties.width = size.width;
      node.properties.height = size.height;
    });
  };
}
