// An article's own image (アイキャッチ) that will look poor when shared or read aloud: no
// alternative text, or a local file narrower than a share card.
import { frontMatterImage, imageLine } from "../../content/article-image";
import { localImageSize } from "../../local-image";
import { defineRule } from "../define-rule";

/** The width share cards (og:image, X's large card) are drawn at. */
export const SHARE_CARD_WIDTH = 1200;

export const imagesRule = defineRule(
  {
    "image-alt": { severity: "warning", description: "アイキャッチ画像に代替テキスト（image_alt）がない" },
    "small-image": { severity: "warning", description: `アイキャッチ画像の幅が共有カードの ${SHARE_CARD_WIDTH} px より小さい` },
  },
  (article, site, report) => {
    const image = frontMatterImage(article.frontMatter);
    if (!image) return;
    const line = imageLine(image, article.keyLines);
    if (image.alt === "") {
      report("image-alt", line, `アイキャッチ画像（${image.field}）に代替テキストがありません。image_alt に画像の内容を書いてください`);
    }
    const size = localImageSize(image.src, site.publicDir);
    if (size && size.width < SHARE_CARD_WIDTH) {
      report(
        "small-image",
        line,
        `アイキャッチ画像「${image.src}」は幅 ${size.width} px で、共有カードに使うには小さすぎます（幅 ${SHARE_CARD_WIDTH} px 以上にしてください）`,
      );
    }
  },
);
