// The Japanese font for generated OG images: shipped in an npm package, never fetched.
import fs from "node:fs/promises";
import path from "node:path";

/** Relative to the project (and to a standalone server), so next.config.ts can have it traced. */
export const OG_FONT_PATH = "node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf";

const FONT_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), OG_FONT_PATH);

let font: Promise<Buffer> | null = null;

export function loadOgFont(): Promise<Buffer> {
  font ??= fs.readFile(FONT_FILE);
  return font;
}
