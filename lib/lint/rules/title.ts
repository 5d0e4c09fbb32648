// A first body line that repeats the title: the page would show the title twice.
import { bodyForDisplay } from "../../content/body";
import { quote } from "../blocks";
import { defineRule } from "../define-rule";

export const titleRule = defineRule(
  { "title-repeated": { severity: "warning", description: "本文の 1 行目がタイトルの繰り返し" } },
  (article, _site, report) => {
    const { body, bodyStartLine, frontMatter } = article;
    // The renderer's own rule decides what counts as the title again.
    if (bodyForDisplay(body, frontMatter.title) === body) return;
    const lines = body.split("\n");
    const first = lines.findIndex((line) => line.trim().length > 0);
    report(
      "title-repeated",
      bodyStartLine + first,
      `本文の 1 行目「${quote(lines[first] ?? "", 40)}」がタイトルと同じです。表示では隠れますが、行を消してください`,
    );
  },
);
