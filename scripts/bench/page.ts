// What one page costs a reader: HTML bytes and the JavaScript it makes the browser fetch.
import zlib from "node:zlib";

export interface PageFigures {
  url: string;
  contentType: string;
  html: Buffer;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Inline <script> elements: mostly the RSC payload, which repeats the page's content. */
  inlineScriptBytes: number;
  scripts: { src: string; noModule: boolean; bytes: number; gzipBytes: number }[];
  firstLoadJsBytes: number;
  firstLoadJsGzipBytes: number;
  /** `nomodule` polyfills: referenced, but only browsers without ES modules download them. */
  noModuleGzipBytes: number;
}

export function gzipBytes(data: Buffer): number {
  return zlib.gzipSync(data, { level: 9 }).length;
}

/** External scripts only: inline ones (the RSC payload) are already counted in the HTML bytes. */
export function scriptSources(html: string): { src: string; noModule: boolean }[] {
  const seen = new Map<string, boolean>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1]?.replaceAll("&amp;", "&");
    if (src && !seen.has(src)) seen.set(src, /\bnomodule\b/i.test(tag));
  }
  return [...seen].map(([src, noModule]) => ({ src, noModule }));
}

function inlineScriptBytes(html: string): number {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/g)].reduce((sum, [element]) => sum + Buffer.byteLength(element), 0);
}

async function fetchBytes(url: string): Promise<{ body: Buffer; contentType: string }> {
  // Without Accept-Encoding both servers send the same uncompressed bytes; zlib does the gzip figure.
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return { body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get("content-type") ?? "" };
}

export async function measurePage(url: string): Promise<PageFigures> {
  const { body: html, contentType } = await fetchBytes(url);
  const scripts = [];
  const text = html.toString("utf8");
  for (const { src, noModule } of scriptSources(text)) {
    const { body } = await fetchBytes(new URL(src, url).toString());
    scripts.push({ src, noModule, bytes: body.length, gzipBytes: gzipBytes(body) });
  }
  return {
    url,
    contentType,
    html,
    htmlBytes: html.length,
    htmlGzipBytes: gzipBytes(html),
    inlineScriptBytes: inlineScriptBytes(text),
    scripts,
    firstLoadJsBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
    firstLoadJsGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
    noModuleGzipBytes: scripts.reduce((sum, script) => sum + (script.noModule ? script.gzipBytes : 0), 0),
  };
}
