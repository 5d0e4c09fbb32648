// Splits a content file into YAML front matter and body, keeping line numbers for messages.
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";

export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyStartLine: number;
  /** 1-based file line of each top-level front matter key, and of keys one map below (`header.image`). */
  keyLines: ReadonlyMap<string, number>;
}

export type SplitResult = { ok: true; file: SplitFile } | { ok: false; line?: number; message: string };

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export function splitFrontMatter(text: string): SplitResult {
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (source.trim().length === 0) return { ok: false, message: "ファイルが空です" };

  const lines = source.split("\n");
  if (!FENCE.test(lines[0] ?? "")) {
    return { ok: false, line: 1, message: "先頭にフロントマター（--- で囲んだ title や date）がありません" };
  }
  const closing = lines.findIndex((line, index) => index > 0 && CLOSING_FENCE.test(line));
  if (closing === -1) {
    return { ok: false, line: 1, message: "フロントマターが閉じられていません（--- の行が見つかりません）" };
  }

  const yamlText = lines.slice(1, closing).join("\n");
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const yamlLine = lineCounter.linePos(firstError.pos[0]).line;
    const reason = firstError.message.split("\n")[0] ?? "YAML を読めません";
    return { ok: false, line: yamlLine + 1, message: `フロントマターの YAML を読めません: ${reason}` };
  }

  const data: unknown = doc.toJS() ?? {};
  if (!isRecord(data)) {
    return { ok: false, line: 2, message: "フロントマターは「キー: 値」の形で書いてください" };
  }

  const keyLines = new Map<string, number>();
  const recordKeys = (node: unknown, prefix: string, depth: number) => {
    if (!isMap(node)) return;
    for (const item of node.items) {
      if (!isScalar(item.key) || !item.key.range) continue;
      const key = `${prefix}${String(item.key.value)}`;
      keyLines.set(key, lineCounter.linePos(item.key.range[0]).line + 1);
      if (depth > 0) recordKeys(item.value, `${key}.`, depth - 1);
    }
  };
  recordKeys(doc.contents, "", 1);

  return {
    ok: true,
    file: { data, body: lines.slice(closing + 1).join("\n"), bodyStartLine: closing + 2, keyLines },
  };
}
