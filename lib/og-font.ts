// The Japanese font for generated OG images: shipped in an npm package, never fetched.
import fs from "node:fs/promises";
import path from "node:path";

const FONT_FILE = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  "node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
);

let font: Promise<Buffer> | null = null;

export function loadOgFont(): Promise<Buffer> {
  font ??= fs.readFile(FONT_FILE);
  return font;
}
