// Jekyll's own Liquid tags for liquidjs: highlight, post_url, link and include, and raw and comment
// with a note in the report. They learn about the site through the render state of their context.
import {
  CommentTag,
  Hash,
  RawTag,
  Tag,
  TypeGuards,
  type Context,
  type Emitter,
  type Liquid,
  type Parser,
  type TagToken,
  type Template,
  type Token,
  type TopLevelToken,
} from "liquidjs";
import { noteVariables } from "./liquid-variables";
import { lineIndex, noteAt, noteRenderFailures, noteToken, parseLeniently, renderCollecting, shorten, stateOf } from "./liquid-render";

const INCLUDE_KINDS = /\.(?:html?|md|markdown)$/iu;
/** Deeper than any real site nests includes; an include that includes itself stops here. */
const MAX_INCLUDE_DEPTH = 10;

/** The longest run of backticks in `code`, so a fence around it is longer still. */
function fenceFor(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/gu) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(3, longest + 1));
}

/**
 * `{% highlight ruby %}` … `{% endhighlight %}` as a fenced code block. What is inside is code to
 * show, so it is kept as written (a `{% raw %}` in it only unwrapped), not evaluated.
 */
export class HighlightTag extends Tag {
  private readonly code: string;
  private readonly language: string;
  private readonly options: string[];
  /** Liquid in the code outside raw: Jekyll evaluated it, here it stays as written. */
  private readonly liquidInside: Token[] = [];

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    [this.language = "", ...this.options] = token.args.trim().split(/\s+/u).filter(Boolean);
    const parts: string[] = [];
    for (let next = remainTokens.shift(); next !== undefined; next = remainTokens.shift()) {
      if (TypeGuards.isTagToken(next) && next.name === "endhighlight") {
        this.code = parts.join("");
        return;
      }
      if (TypeGuards.isTagToken(next) && (next.name === "raw" || next.name === "endraw")) continue;
      if (TypeGuards.isTagToken(next) || TypeGuards.isOutputToken(next)) this.liquidInside.push(next);
      parts.push(next.getText());
    }
    throw new Error(`tag ${token.getText()} not closed`);
  }

  render(ctx: Context, emitter: Emitter): void {
    const state = stateOf(ctx);
    const fence = fenceFor(this.code);
    if (state) {
      const dropped = this.options.length > 0 ? `（${this.options.join(" ")} は使えないので外しました）` : "";
      noteToken(state, this.token, "changed", `${shorten(this.token.getText())} をコードブロック（${fence}${this.language}）にしました${dropped}`);
      for (const token of this.liquidInside) {
        noteToken(state, token, "unconverted", `highlight の中の ${shorten(token.getText())} は Jekyll では評価されていましたが、コードとして書かれたとおりに残しました`);
      }
    }
    const code = this.code.replace(/^[ \t]*\n/u, "");
    const before = emitter.buffer === "" || emitter.buffer.endsWith("\n") ? "" : "\n";
    emitter.write(`${before}${fence}${this.language}\n${code}${code.endsWith("\n") || code === "" ? "" : "\n"}${fence}`);
  }
}

/** `{% post_url 2025-10-08-hello %}`: the imported article's path. */
export class PostUrlTag extends Tag {
  render(ctx: Context, emitter: Emitter): void {
    const state = stateOf(ctx);
    if (!state) return;
    const target = state.links.postUrl(this.token.args.trim());
    noteToken(state, this.token, target.kind, `${shorten(this.token.getText())} ${target.message}`);
    emitter.write(target.href);
  }
}

/** `{% link _posts/2025-10-08-hello.md %}`, `{% link about.md %}`, also with `{{ }}` in the path. */
export class LinkTag extends Tag {
  private readonly path: Template[];

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    this.path = parser.parse(token.args.trim());
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const state = stateOf(ctx);
    if (!state) return;
    const written: unknown = yield this.liquid.renderer.renderTemplates(this.path, ctx);
    const target = state.links.link(String(written).trim());
    noteToken(state, this.token, target.kind, `${shorten(this.token.getText())} ${target.message}`);
    emitter.write(target.href);
  }
}

/**
 * `{% include note.html type="tip" %}`: the file from `_includes/`, its Liquid evaluated with the
 * parameters as `include.*`, as Jekyll does. Only Markdown and HTML, which a post can hold as is.
 */
export class IncludeTag extends Tag {
  private readonly fileName: Template[];
  private readonly parameters: Hash;

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    this.fileName = parser.parseTokens([...this.tokenizer.readFileNameTemplate(liquid.options)]);
    this.parameters = new Hash(this.tokenizer, true);
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const state = stateOf(ctx);
    if (!state) return;
    const written = shorten(this.token.getText());
    const nameValue: unknown = yield this.liquid.renderer.renderTemplates(this.fileName, ctx);
    const name = String(nameValue).trim();
    if (!INCLUDE_KINDS.test(name)) {
      noteToken(state, this.token, "unconverted", `${written} は Markdown か HTML のファイルではないので展開せず、外しました`);
      return;
    }
    if (state.includes.length >= MAX_INCLUDE_DEPTH) {
      noteToken(state, this.token, "unconverted", `${written} は include が ${MAX_INCLUDE_DEPTH} 段より深く（自分自身を include していませんか）、展開せずに外しました`);
      return;
    }
    const read = state.links.include(name);
    if ("refused" in read) {
      noteToken(state, this.token, "unconverted", `${written} を展開できないので外しました（${read.refused}）`);
      return;
    }
    const parameters: unknown = yield this.parameters.render(ctx);
    const include = typeof parameters === "object" && parameters !== null ? parameters : {};

    const outermost = state.includes.length === 0;
    const previousLine = state.includeLine;
    if (outermost) state.includeLine = state.bodyStartLine + (this.token.input === state.bodyInput ? lineIndex(this.token.input, this.token.begin) : 0);
    else noteToken(state, this.token, "changed", `${written} を展開しました`);
    const frame = { file: `_includes/${name}`, input: read.text };
    state.includes.push(frame);
    try {
      const parsed = parseLeniently(this.liquid, read.text, (text, offset, message) => {
        frame.input = text;
        noteAt(state, text, offset, "unconverted", message);
      });
      frame.input = parsed.text;
      const scope = { ...state.scope, include };
      noteVariables(this.liquid, parsed.templates, parsed.text, scope, INCLUDE_ROOTS, (offset, kind, message) => noteAt(state, parsed.text, offset, kind, message));
      ctx.push({ include });
      try {
        noteRenderFailures(state, renderCollecting(this.liquid, parsed.templates, ctx, emitter));
      } finally {
        ctx.pop();
      }
    } finally {
      state.includes.pop();
      if (outermost) {
        noteToken(state, this.token, "changed", `${written} を _includes/${name} の中身にしました`);
        state.includeLine = previousLine;
      }
    }
  }
}

const INCLUDE_ROOTS = new Set(["site", "page", "include"]);

/** `{% raw %}`, unwrapped, with a note. */
export class NotedRawTag extends RawTag {
  render(ctx?: Context): string {
    const state = ctx ? stateOf(ctx) : undefined;
    if (state) noteToken(state, this.token, "changed", "{% raw %} を外し、中身を書かれたとおりに残しました");
    return super.render();
  }
}

/** `{% comment %}`, dropped, with a note. */
export class NotedCommentTag extends CommentTag {
  render(ctx?: Context): void {
    const state = ctx ? stateOf(ctx) : undefined;
    if (state) noteToken(state, this.token, "changed", "{% comment %} の中身（読者には見えないメモ）を消しました");
  }
}

/** Stands where a tag that could not be parsed was (see parseLeniently). */
export class DroppedTag extends Tag {
  render(): void {}
}
