// `npm run check:content`: one line per problem, `path:line: field: reason`; exit 1 on any.
import { contentRoot } from "../lib/content";
import { checkContent } from "../lib/content/check";
import { formatProblem } from "../lib/content/problems";

const { files, problems } = await checkContent(contentRoot());
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\n${problems.length} 件のエラー（${files} ファイルを確認）`);
  process.exit(1);
}
console.log(`コンテンツに問題はありません（${files} ファイルを確認）`);
