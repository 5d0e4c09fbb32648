// Compiles a body the way the renderer will, so a syntax error is reported with its file line.
import { compile } from "@mdx-js/mdx";
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { mdxCompileOptions, type BodyFormat } from "./mdx-options";
import type { ContentProblem } from "./problems";

/** Components an article may use in MDX; the renderer's components map provides exactly these. */
export const MDX_COMPONENT_NAMES = ["Note"] as const;

function remarkReportUnknownComponents() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const name = node.name ?? "";
      if (/^[A-Z]/.test(name) && !(MDX_COMPONENT_NAMES as readonly string[]).includes(name)) {
        file.message(
          `<${name}> というコンポーネントはありません（使えるもの: ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(", ")}）`,
          node,
        );
      }
    });
  };
}

interface PositionedError {
  reason?: string;
  message?: string;
  line?: number | null;
}

function fileLine(bodyStartLine: number, bodyLine: number | null | undefined): number | undefined {
  return bodyLine ? bodyStartLine + bodyLine - 1 : undefined;
}

const POSITION_IN_MESSAGE = /\((\d+):(\d+)(?:-(\d+):(\d+))?\)/g;

/** The MDX parser quotes body positions like "(3:1-3:6)"; editors need file positions. */
function toFilePositions(message: string, bodyStartLine: number): string {
  return message.replace(POSITION_IN_MESSAGE, (_match, line, column, endLine, endColumn) => {
    const start = `${bodyStartLine + Number(line) - 1}:${column}`;
    return endLine ? `(${start}-${bodyStartLine + Number(endLine) - 1}:${endColumn})` : `(${start})`;
  });
}

function firstQuotedLine(message: string): number | undefined {
  const match = /\((\d+):\d+/.exec(message);
  return match ? Number(match[1]) : undefined;
}

export async function checkBody(options: {
  file: string;
  body: string;
  bodyStartLine: number;
  format: BodyFormat;
}): Promise<ContentProblem[]> {
  const compileOptions = mdxCompileOptions(options.format);
  try {
    const result = await compile(options.body, {
      ...compileOptions,
      remarkPlugins: [...(compileOptions.remarkPlugins ?? []), remarkReportUnknownComponents],
    });
    return result.messages.map((message) => ({
      file: options.file,
      line: fileLine(options.bodyStartLine, message.line),
      field: "本文",
      message: toFilePositions(message.reason, options.bodyStartLine),
    }));
  } catch (error) {
    const positioned = error as PositionedError;
    const reason = positioned.reason ?? positioned.message ?? String(error);
    const hint = options.format === "mdx" ? "（MDX では { } や < を文字として書くときは \\{ や &lt; にします）" : "";
    return [
      {
        file: options.file,
        line: fileLine(options.bodyStartLine, positioned.line ?? firstQuotedLine(reason)),
        field: "本文",
        message: `${options.format.toUpperCase()} として読めません: ${toFilePositions(reason, options.bodyStartLine)}${hint}`,
      },
    ];
  }
}
