// Characters that MDX reads as code in prose: each found with the fix, not only the first one the
// compiler stops at.
import { linesOutsideCode, quote } from "../blocks";
import { defineRule } from "../define-rule";
import type { LintArticle } from "../types";

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const TAG = /^<(\/?)([A-Za-z][\w.:-]*)((?:\s+(?:[^<>"'{}/]|"[^"]*"|'[^']*'|\{[^{}]*\})*)?)\s*(\/?)>/u;
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^\s<>]+|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)>/u;
const MDX_COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/u;

/** Prose with escaped characters blanked out too (same positions): `\{` is meant as text. */
function proseOnly(article: LintArticle): string {
  return linesOutsideCode(article.body, article.bodyStartLine, article.blocks)
    .map((line) => line.replace(/\\[\\{}<>]/gu, "  "))
    .join("\n");
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

export const mdxRule = defineRule(
  {
    "mdx-expression": { severity: "error", description: "MDX で式として読まれる { }（文字なら \\{ \\}）" },
    "mdx-void-tag": { severity: "error", description: "閉じていない <br> や <img>（MDX では <br /> と書く）" },
    "mdx-html-comment": { severity: "error", description: "HTML コメント（MDX では {/* … */}）" },
    "mdx-unclosed-tag": { severity: "error", description: "閉じられていないタグ、開始タグのない閉じタグ" },
    "mdx-less-than": { severity: "error", description: "タグの始まりとして読まれる文字の <（文字なら &lt;）" },
  },
  (article, _site, report) => {
    if (article.format !== "mdx") return;
    const text = proseOnly(article);
    const open: { name: string; line: number }[] = [];
    let line = article.bodyStartLine;
    let i = 0;
    const advanceTo = (end: number) => {
      for (; i < end; i++) if (text[i] === "\n") line++;
    };

    while (i < text.length) {
      const char = text[i];
      const rest = char === "<" || char === "{" ? text.slice(i, i + 400) : "";
      if (char === "<" && rest.startsWith("<!--")) {
        const close = text.indexOf("-->", i);
        const comment = text.slice(i, close === -1 ? undefined : close + 3);
        const inner = comment.replace(/^<!--|-->$/gu, "").trim();
        report("mdx-html-comment", line, `HTML コメント「${quote(comment, 30)}」は MDX では使えません。「{/* ${quote(inner, 20)} */}」と書いてください`);
        advanceTo(i + comment.length);
        continue;
      }
      if (char === "<") {
        const tag = TAG.exec(rest);
        if (tag) {
          const [written, closing, name = "", , selfClosing] = tag;
          if (closing) {
            const opener = open.findLastIndex((entry) => entry.name === name);
            if (opener === -1) report("mdx-unclosed-tag", line, `「${written}」に対応する開始タグ「<${name}>」がありません。消すか、開始タグを書いてください`);
            else open.splice(opener);
          } else if (!selfClosing && VOID_ELEMENTS.has(name.toLowerCase())) {
            report("mdx-void-tag", line, `「${written}」は MDX では閉じる必要があります。「${written.replace(/\s*>$/u, " />")}」と書いてください`);
          } else if (!selfClosing) {
            open.push({ name, line });
          }
          advanceTo(i + written.length);
          continue;
        }
        const autolink = AUTOLINK.exec(rest);
        if (autolink) {
          const url = autolink[1] ?? "";
          report("mdx-less-than", line, `「${autolink[0]}」の形のリンクは MDX では使えません。「[${url}](${url})」と書いてください`);
          advanceTo(i + autolink[0].length);
          continue;
        }
        // `1 < 2` is text to MDX; only a < touching what follows starts a tag.
        if (/^<(?:\s|$)/u.test(rest)) {
          advanceTo(i + 1);
          continue;
        }
        const shown = quote(rest.split("\n")[0] ?? "<", 12);
        report("mdx-less-than", line, `「${shown}」の < は MDX ではタグの始まりとして読まれます。文字として書くなら &lt; にしてください`);
      } else if (char === "{") {
        const close = matchingBrace(text, i);
        if (close === -1) {
          report("mdx-expression", line, `「${quote(rest.split("\n")[0] ?? "{", 16)}」の { が閉じられていません。文字として書くなら \\{ にしてください`);
        } else {
          const expression = text.slice(i, close + 1);
          if (!MDX_COMMENT.test(expression.slice(1, -1))) {
            const inner = expression.slice(1, -1);
            report(
              "mdx-expression",
              line,
              `「${quote(expression, 24)}」は MDX では式として読まれ、そのままは表示されません。文字として書くなら「\\{${quote(inner, 16)}\\}」にしてください`,
            );
          }
          advanceTo(close + 1);
          continue;
        }
      }
      advanceTo(i + 1);
    }

    for (const tag of open) {
      report("mdx-unclosed-tag", tag.line, `「<${tag.name}>」が閉じられていません。「</${tag.name}>」を書くか、中身がなければ「<${tag.name} />」にしてください`);
    }
  },
);
