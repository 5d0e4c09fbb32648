// Compiles a body the way the renderer will, so a syntax error is reported with its file line.
import { compile } from "@mdx-js/mdx";
import { VFile } from "vfile";
import { mdxCompileOptions } from "./mdx-options";
import { UNKNOWN_COMPONENT } from "./mdx-sanitize";
import type { ContentProblem } from "./problems";
import type { BodyFormat } from "./types";


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
  const file = new VFile({ value: options.body });
  const asProblems = (messages: VFile["messages"]): ContentProblem[] =>
    messages.map((message) => ({
      file: options.file,
      line: fileLine(options.bodyStartLine, message.line),
      field: "本文",
      message: toFilePositions(message.reason, options.bodyStartLine),
    }));
  try {
    await compile(file, mdxCompileOptions(options.format));
    return asProblems(file.messages);
  } catch (error) {
    // The pipeline stops after naming every unknown component: report each where it stands.
    const unknown = file.messages.filter((message) => message.ruleId === UNKNOWN_COMPONENT);
    if (unknown.length > 0) return asProblems(unknown);
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
