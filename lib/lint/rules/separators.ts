// `---END---` and its kin: where an AI draft stopped and was told to go on. An error: the line
// is never meant for readers and deleting it is always the fix, so the build refuses it.
import { defineRule } from "../define-rule";

export const separatorRule = defineRule(
  { separator: { severity: "error", description: "---END--- や（以下、続き）など、AI 下書きの区切りの残骸" } },
  (article, _site, report) => {
    for (const block of article.blocks) {
      if (block.kind !== "separator") continue;
      report(
        "separator",
        block.line,
        `区切りの残骸「${block.text}」があります。この行を消し、前後で切れた文や繰り返しがないか確かめてください`,
      );
    }
  },
);
