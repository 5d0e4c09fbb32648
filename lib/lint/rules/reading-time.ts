// A `reading_time` copied from another post or guessed before the body was written.
import { readingMinutes } from "../../content/reading-time";
import { defineRule } from "../define-rule";

export const readingTimeRule = defineRule(
  { "reading-time": { severity: "warning", description: "フロントマターの reading_time が、本文から計算した時間と半分を超えてずれている" } },
  (article, _site, report) => {
    const declared = article.frontMatter.reading_time;
    if (declared === null) return;
    const computed = readingMinutes(article.body);
    if (Math.abs(declared - computed) <= computed / 2) return;
    report(
      "reading-time",
      article.keyLines.get("reading_time"),
      `reading_time が ${declared} 分ですが、本文からは約 ${computed} 分と計算されます。数字を直すか、行を消して自動計算に任せてください`,
    );
  },
);
