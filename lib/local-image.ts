// Sizes of the images editors put under public/, read once, so pages can reserve their space.
import fs from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";

export interface ImageDimensions {
  width: number;
  height: number;
}

const cache = new Map<string, ImageDimensions | null>();

/** The file a site path (`/images/chart.png`, percent-encoded or not) names inside `publicDir`, or null. */
function publicFile(src: string, publicDir: string): string | null {
  if (!src.startsWith("/") || src.startsWith("//")) return null;
  try {
    const pathname = decodeURIComponent(src.split(/[?#]/, 1)[0] ?? "");
    const file = path.resolve(/*turbopackIgnore: true*/ publicDir, `.${pathname}`);
    return file.startsWith(`${path.resolve(publicDir)}${path.sep}`) ? file : null;
  } catch {
    return null;
  }
}

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
  const file = publicFile(src, publicDir);
  if (file === null) return null;
  const key = `${publicDir}\n${src}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  let dimensions: ImageDimensions | null = null;
  try {
    const { width, height } = imageSize(fs.readFileSync(/*turbopackIgnore: true*/ file));
    if (width && height) dimensions = { width, height };
  } catch {
    dimensions = null;
  }
  cache.set(key, dimensions);
  return dimensions;
}

/**
 * Whether a site path names a file inside `publicDir`. Asked afresh each time, unlike the sizes:
 * in `next dev` an editor told a picture is missing puts it there and reloads.
 */
export function localImageExists(
  src: string,
  publicDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "public"),
): boolean {
  const file = publicFile(src, publicDir);
  return file !== null && fs.existsSync(/*turbopackIgnore: true*/ file);
}
