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
      message: message.reason,
    }));
  } catch (error) {
    const positioned = error as PositionedError;
    const hint = options.format === "mdx" ? "（MDX では { } や < を文字として書くときは \\{ や &lt; にします）" : "";
    return [
      {
        file: options.file,
        line: fileLine(options.bodyStartLine, positioned.line),
        field: "本文",
        message: `${options.format.toUpperCase()} として読めません: ${positioned.reason ?? positioned.message ?? String(error)}${hint}`,
      },
    ];
  }
}
