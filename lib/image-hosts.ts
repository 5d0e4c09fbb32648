// Which remote hosts article images may come from (IMAGE_HOSTS): one rule for the content check
// and for next/image, so an image the check lets through is one the site can show.

/** The host of an `https:` image URL, lower case; null for anything else (local paths too). */
export function remoteImageHost(src: string): string | null {
  if (!/^https:\/\//iu.test(src)) return null;
  try {
    return new URL(src).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** Whether a remote image's host is one of `hosts` (exact names, as config.ts reads them). */
export function isAllowedImageHost(host: string, hosts: readonly string[]): boolean {
  return hosts.includes(host.toLowerCase());
}

/** next.config's `images.remotePatterns`: https only, any path, on exactly these hosts. */
export function remoteImagePatterns(hosts: readonly string[]): { protocol: "https"; hostname: string; pathname: string }[] {
  return hosts.map((hostname) => ({ protocol: "https", hostname, pathname: "/**" }));
}
