// Parsing and rendering one piece of Liquid (a post body or an include) so that a failure costs only
// the tag that failed, and every note lands on a line of the post file.
import { Context, LiquidError, TokenizationError, toValueSync, type Emitter, type Liquid, type Template, type Token } from "liquidjs";
import type { ConversionNote, JekyllSiteLinks, NoteKind } from "./types";

/** A tag name no site uses: stands where a tag that could not be read was, keeping its lines. */
export const DROPPED_TAG = "import_dropped";

/** An include being rendered: its notes go on the post line of the outermost include tag. */
interface IncludeFrame {
  file: string;
  input: string;
}

export interface RenderState {
  links: JekyllSiteLinks;
  /** `site` and `page`, for judging which variables an include reads are defined. */
  scope: Record<string, unknown>;
  bodyInput: string;
  bodyStartLine: number;
  includes: IncludeFrame[];
  /** Post line of the outermost include being rendered. */
  includeLine: number;
  changed: ConversionNote[];
  unconverted: ConversionNote[];
}

const states = new WeakMap<Context, RenderState>();

export function stateOf(ctx: Context): RenderState | undefined {
  return states.get(ctx);
}

export function newRenderContext(liquid: Liquid, scope: object, state: RenderState): Context {
  const ctx = new Context(scope, liquid.options, { sync: true }, { liquid });
  states.set(ctx, state);
  return ctx;
}

/** 0-based line of `offset` in `text`. */
export function lineIndex(text: string, offset: number): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) count += 1;
  return count;
}

/** A tag as written, on one line and not too long, for a message. */
export function shorten(written: string): string {
  const line = written.replace(/\s+/gu, " ").trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

/** A note about `offset` of `input`, which is the post body or an include being rendered. */
export function noteAt(state: RenderState, input: string, offset: number, kind: NoteKind, message: string): void {
  const frame = state.includes.findLast((candidate) => candidate.input === input);
  const note =
    frame === undefined && input === state.bodyInput
      ? { line: state.bodyStartLine + lineIndex(input, offset), message }
      : { line: state.includeLine, message: `${frame ? `${frame.file}:${lineIndex(input, offset) + 1}: ` : ""}${message}` };
  (kind === "changed" ? state.changed : state.unconverted).push(note);
}

export function noteToken(state: RenderState, token: Token, kind: NoteKind, message: string): void {
  noteAt(state, token.input, token.begin, kind, message);
}

/** The errors inside liquidjs' LiquidErrors (which catchAllErrors throws), each with its token. */
function liquidErrors(error: unknown): LiquidError[] {
  if (typeof error === "object" && error !== null && "errors" in error && Array.isArray(error.errors)) {
    return error.errors.flatMap((inner: unknown) => liquidErrors(inner));
  }
  return LiquidError.is(error) ? [error] : [];
}

/** liquidjs' reason without the position it appends (the note has the line). */
function reason(error: LiquidError): string {
  const message = error.originalError?.message ?? error.message;
  return (message.split("\n")[0] ?? "").replace(/, line:\d+, col:\d+$/u, "");
}

function parseFailureMessage(error: LiquidError, written: string): string {
  const why = reason(error);
  const tag = /^tag "([^"]+)" not found/u.exec(why)?.[1];
  if (tag?.startsWith("end")) return `${written} は対応する開始タグがないので外しました`;
  if (tag !== undefined) {
    return `${written} は Jekyll のプラグインか、Jekyll にないタグで、ここでは評価できないので本文から外しました（必要なら Markdown で書き直してください）`;
  }
  if (/not closed/u.test(why)) return `${written} は閉じられていない（end のタグがない）ので、このタグだけを外しました`;
  const filter = /^undefined filter: (\S+)/u.exec(why)?.[1];
  if (filter !== undefined) return `${written} のフィルター「${filter}」は Jekyll にもこの取り込みにもないので、この出力を外しました`;
  return `${written} を読めないので外しました（${why}）`;
}

/** The same lines and whitespace control as `written`, doing nothing. */
function placeholderFor(written: string): string {
  const newlines = "\n".repeat(written.match(/\n/gu)?.length ?? 0);
  const left = /^\{[%{]-/u.test(written) ? "{%-" : "{%";
  const right = /-[%}]\}$/u.test(written) ? "-%}" : "%}";
  return `${left} ${DROPPED_TAG} ${newlines}${right}`;
}

const ANY_LIQUID = /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|\{[{%]/gu;
const MAX_PASSES = 500;

/**
 * Templates of `source`, taking out what cannot be parsed one failure at a time (a failure inside a
 * block also breaks the block's end, so the next pass sees what the first removal left). Each
 * removal is noted through `note` with the offset in the text it was found in; removals keep the
 * line count, so offsets give the same lines in `text` as in `source`.
 */
export function parseLeniently(
  liquid: Liquid,
  source: string,
  note: (text: string, offset: number, message: string) => void,
): { templates: Template[]; text: string } {
  let text = source;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    let error: unknown;
    try {
      return { templates: liquid.parse(text), text };
    } catch (thrown) {
      error = thrown;
    }
    const failures = liquidErrors(error)
      .filter((failure) => failure.token.input === text && failure.token.end > failure.token.begin)
      .sort((a, b) => a.token.begin - b.token.begin);
    const first = failures[0];
    if (first === undefined) break;
    const { begin } = first.token;
    if (first instanceof TokenizationError) {
      // An opening `{{` or `{%` never closed: Jekyll stops the build. The rest of its line is the
      // broken tag as far as anyone can tell.
      const lineEnd = text.indexOf("\n", begin);
      const end = lineEnd === -1 ? text.length : lineEnd;
      note(text, begin, `「${shorten(text.slice(begin, end))}」は閉じられていない Liquid なので、行末まで外しました`);
      text = text.slice(0, begin) + text.slice(end);
    } else {
      const written = text.slice(begin, first.token.end);
      note(text, begin, parseFailureMessage(first, shorten(written)));
      text = text.slice(0, begin) + placeholderFor(written) + text.slice(first.token.end);
    }
  }
  // Not expected: liquidjs failed without saying where. Nothing of the Liquid is shown raw.
  const plain = text.replace(ANY_LIQUID, (written, offset: number) => {
    note(text, offset, `${shorten(written)} を読めないので外しました`);
    return "\n".repeat(written.match(/\n/gu)?.length ?? 0);
  });
  return { templates: liquid.parse(plain), text: plain };
}

/** Writes like liquidjs' own emitter (arrays joined, nil empty), keeping what was written before a failure. */
export class TextEmitter {
  buffer = "";
  write(value: unknown): void {
    this.buffer += stringify(value);
  }
}

function stringify(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(stringify).join("");
  if (typeof value === "object" && "valueOf" in value && typeof value.valueOf === "function") {
    const inner: unknown = value.valueOf();
    if (inner !== value) return stringify(inner);
  }
  return String(value);
}

/**
 * Renders into `emitter`; with catchAllErrors a failing tag or output writes nothing and the rest
 * goes on. The failures are returned, each with its token.
 */
export function renderCollecting(liquid: Liquid, templates: Template[], ctx: Context, emitter: Emitter): LiquidError[] {
  try {
    toValueSync(liquid.renderer.renderTemplates(templates, ctx, emitter));
    return [];
  } catch (error) {
    const failures = liquidErrors(error);
    if (failures.length === 0) throw error;
    return failures;
  }
}

export function noteRenderFailures(state: RenderState, failures: readonly LiquidError[]): void {
  for (const failure of failures) {
    const { token } = failure;
    noteToken(state, token, "unconverted", `${shorten(token.getText())} を評価できないので外しました（${reason(failure)}）`);
  }
}
