// Runs after `next build`: extracts the search documents of the articles that build published.
import { writeSearchDocuments } from "../lib/search";

const { file, count } = writeSearchDocuments();
console.log(`検索インデックス: ${count} 件の記事を ${file} に書き出しました`);
