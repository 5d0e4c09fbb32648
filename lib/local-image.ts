// Sizes of the images editors put under public/, read once, so pages can reserve their space.
import fs from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";

export interface ImageDimensions {
  width: number;
  height: number;
}

const cache = new Map<string, ImageDimensions | null>();

/**
 * Width and height of a site image (`/images/chart.png`, percent-encoded or not), or null when
 * it is not a readable image inside `publicDir` (remote, missing, outside the folder, broken).
 */
// turbopackIgnore: a path built from process.cwd() otherwise makes the bundler trace the whole
// project folder, which doubled the build's memory.
export function localImageSize(
  src: string,
  publicDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "public"),
): ImageDimensions | null {
  if (!src.startsWith("/") || src.startsWith("//")) return null;
  const key = `${publicDir}\n${src}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  let dimensions: ImageDimensions | null = null;
  try {
    const pathname = decodeURIComponent(src.split(/[?#]/, 1)[0] ?? "");
    const file = path.resolve(/*turbopackIgnore: true*/ publicDir, `.${pathname}`);
    if (file.startsWith(`${path.resolve(publicDir)}${path.sep}`)) {
      const { width, height } = imageSize(fs.readFileSync(/*turbopackIgnore: true*/ file));
      if (width && height) dimensions = { width, height };
    }
  } catch {
    dimensions = null;
  }
  cache.set(key, dimensions);
  return dimensions;
}
