// `npm run new -- "記事タイトル" [--slug genai-funding] [--category AI] [--tags "AI,LLM"] [--author 名前]`
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { contentRoot } from "../lib/content";
import { chooseSlug, takenSlugs, writeNewArticle } from "../lib/editor/new-article";

const { values, positionals } = parseArgs({
  options: {
    slug: { type: "string" },
    category: { type: "string" },
    tags: { type: "string" },
    author: { type: "string" },
  },
  allowPositionals: true,
});
const title = positionals.join(" ").trim();
if (!title) {
  console.error('タイトルを指定してください: npm run new -- "記事タイトル" [--slug スラッグ]');
  process.exit(2);
}

const root = contentRoot();
const taken = takenSlugs(root);
let choice = chooseSlug(title, values.slug, taken);
if (!choice.ok && choice.reason === "needs-slug" && process.stdin.isTTY) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  while (!choice.ok) {
    const answer = await prompt.question("URL に使うスラッグを半角英数字で入力してください（例: genai-funding-2025）: ");
    choice = chooseSlug(title, answer, taken);
    if (!choice.ok) console.error(choice.message);
  }
  prompt.close();
}
if (!choice.ok) {
  console.error(choice.message);
  process.exit(1);
}

const file = writeNewArticle(root, choice.slug, {
  title,
  date: new Date(),
  category: values.category,
  tags: values.tags?.split(",").map((tag) => tag.trim()).filter((tag) => tag.length > 0),
  author: values.author,
});
console.log(`${path.relative(process.cwd(), file)} を作りました（draft: true の下書きです）`);
console.log(`npm run dev で http://localhost:3000/articles/${choice.slug} に表示されます。書き終えたら npm run check:content で確認してください`);
