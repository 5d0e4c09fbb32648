// The one gate between a Jekyll site, which may be careless or hostile, and our content/ and public/:
// which of its files may be published, reading them without leaving it, writing without leaving ours.
import fs from "node:fs";
import path from "node:path";
import { decodeSegment } from "../urls";
import { imageFormatOf } from "./image-format";

export type Refusal =
  /** `..` climbs above the site, or a file's real path lies outside it. */
  | { kind: "outside" }
  /** A backslash, an encoded slash or a control character: never in an honest path, read differently by browsers and file systems. */
  | { kind: "odd-characters" }
  | { kind: "dotfile"; name: string }
  /** `_config.yml`, `_data/`, `_posts/`: Jekyll's own files, which Jekyll itself does not publish. */
  | { kind: "jekyll-only"; name: string }
  | { kind: "svg" }
  | { kind: "not-image"; extension: string }
  | { kind: "symlink"; path: string }
  | { kind: "not-file" }
  | { kind: "not-image-content"; extension: string };

export type WriteRefusal = { kind: "target-outside" } | { kind: "target-symlink" };

const IMAGE_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif"]);
const ODD_CHARACTERS = /[\\/\u0000-\u001f\u007f]/u;
// Without O_NOFOLLOW (Windows) the lstat walks below still refuse links; the flag only closes the
// moment between that walk and the open.
const NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0;

const isInside = (file: string, folder: string) => file.startsWith(folder + path.sep);
const codeOf = (error: unknown) => (error instanceof Error && "code" in error ? error.code : undefined);

/**
 * The site-relative names a local URL path points at, with `.` and `..` (also as `%2e`) resolved
 * the way the reader's browser resolves them, so the copy lands where the page will ask for it.
 */
function siteSegments(urlPath: string): string[] | Refusal {
  const segments: string[] = [];
  for (const raw of urlPath.split("/").slice(1)) {
    const name = decodeSegment(raw);
    if (ODD_CHARACTERS.test(name)) return { kind: "odd-characters" };
    if (name === "" || name === ".") continue;
    if (name === "..") {
      if (segments.pop() === undefined) return { kind: "outside" };
      continue;
    }
    segments.push(name);
  }
  return segments;
}

/** Whether a path may be published as an image at all, before anything is read. */
function imagePathRefusal(segments: readonly string[]): Refusal | null {
  for (const name of segments) {
    if (name.startsWith(".")) return { kind: "dotfile", name };
    if (name.startsWith("_")) return { kind: "jekyll-only", name };
  }
  const extension = path.extname(segments.at(-1) ?? "").toLowerCase();
  if (extension === ".svg" || extension === ".svgz") return { kind: "svg" };
  if (!IMAGE_EXTENSIONS.has(extension)) return { kind: "not-image", extension };
  return null;
}

/**
 * A regular file of the site, reached from its real root without passing a symbolic link, read
 * through a descriptor that cannot follow one either.
 */
export function readSiteFile(realRoot: string, segments: readonly string[]): { bytes: Buffer } | { missing: true } | Refusal {
  if (segments.length === 0) return { kind: "not-file" };
  let current = realRoot;
  for (const [index, name] of segments.entries()) {
    current = path.join(current, name);
    let stats: fs.Stats;
    try {
      stats = fs.lstatSync(current);
    } catch (error) {
      if (codeOf(error) === "ENOENT" || codeOf(error) === "ENOTDIR") return { missing: true };
      throw error;
    }
    if (stats.isSymbolicLink()) return { kind: "symlink", path: segments.slice(0, index + 1).join("/") };
    const last = index === segments.length - 1;
    if (!last && !stats.isDirectory()) return { missing: true };
    if (last && !stats.isFile()) return { kind: "not-file" };
  }
  if (!isInside(fs.realpathSync(current), realRoot)) return { kind: "outside" };
  // O_NONBLOCK: a file swapped for a named pipe after the walk fails the isFile check instead of hanging.
  const descriptor = fs.openSync(current, fs.constants.O_RDONLY | NO_FOLLOW | (fs.constants.O_NONBLOCK ?? 0));
  try {
    if (!fs.fstatSync(descriptor).isFile()) return { kind: "not-file" };
    return { bytes: fs.readFileSync(descriptor) };
  } finally {
    fs.closeSync(descriptor);
  }
}

/** An image file of the site that may be served from our origin: by its path, its name and its bytes. */
export function readSiteImage(
  realRoot: string,
  urlPath: string,
): { bytes: Buffer; segments: string[] } | { missing: true; segments: string[] } | Refusal {
  const segments = siteSegments(urlPath);
  if (!Array.isArray(segments)) return segments;
  const refusal = imagePathRefusal(segments);
  if (refusal) return refusal;
  const read = readSiteFile(realRoot, segments);
  if ("kind" in read) return read;
  if ("missing" in read) return { missing: true, segments };
  if (imageFormatOf(read.bytes) === null) return { kind: "not-image-content", extension: path.extname(segments.at(-1) ?? "").toLowerCase() };
  return { bytes: read.bytes, segments };
}

/** Whether anything, a dangling link included, is at `file`. */
export function occupied(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `root/…segments`, creating folders, only where the real path stays inside `root` and
 * never through a link at the file itself, so `--force` replaces our own files and nothing else.
 */
export function writeInside(root: string, segments: readonly string[], data: string | Uint8Array): { written: true } | WriteRefusal {
  fs.mkdirSync(root, { recursive: true });
  const realRoot = fs.realpathSync(root);
  const target = path.join(root, ...segments);
  const parent = path.dirname(target);
  // The deepest folder that exists decides where the new ones would be made: check it before making any.
  let existing = parent;
  while (!occupied(existing)) existing = path.dirname(existing);
  const inRoot = (folder: string) => {
    try {
      const real = fs.realpathSync(folder);
      return real === realRoot || isInside(real, realRoot);
    } catch {
      return false;
    }
  };
  if (!inRoot(existing)) return { kind: "target-outside" };
  fs.mkdirSync(parent, { recursive: true });
  if (!inRoot(parent)) return { kind: "target-outside" };
  if (occupied(target) && fs.lstatSync(target).isSymbolicLink()) return { kind: "target-symlink" };
  let descriptor: number;
  try {
    descriptor = fs.openSync(target, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | NO_FOLLOW, 0o644);
  } catch (error) {
    if (codeOf(error) === "ELOOP") return { kind: "target-symlink" };
    throw error;
  }
  try {
    fs.writeFileSync(descriptor, data);
  } finally {
    fs.closeSync(descriptor);
  }
  return { written: true };
}
