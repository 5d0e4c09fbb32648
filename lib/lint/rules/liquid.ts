// Jekyll's Liquid tags left in a Markdown post: readers would see them as written.
import { linesOutsideCode, quote } from "../blocks";
import { defineRule } from "../define-rule";

const LIQUID = /\{%-?\s*[\s\S]*?-?%\}|\{\{-?[\s\S]*?-?\}\}/gu;

export const liquidRule = defineRule(
  { "liquid-tag": { severity: "warning", description: "Jekyll の Liquid タグ（{% … %}、{{ … }}）の残り" } },
  (article, _site, report) => {
    // In MDX a brace is code, and the MDX rules already point at it.
    if (article.format !== "md") return;
    linesOutsideCode(article.body, article.bodyStartLine, article.blocks).forEach((text, index) => {
      for (const match of text.matchAll(LIQUID)) {
        report(
          "liquid-tag",
          article.bodyStartLine + index,
          `Liquid のタグ「${quote(match[0], 40)}」はこのサイトでは動かず、そのまま表示されます。消すか Markdown に書き換えてください`,
        );
      }
    });
  },
);
