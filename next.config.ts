import type { NextConfig } from "next";
import { getConfig } from "./lib/config";
import { remoteImagePatterns } from "./lib/image-hosts";
import { OG_FONT_PATH } from "./lib/og-font";
import { securityHeaders } from "./lib/security-headers";

const settings = getConfig();

const nextConfig: NextConfig = {
  // A separate output folder lets tests build a broken content tree beside the real build.
  distDir: settings.distDir,
  // `NEXT_OUTPUT=standalone npm run build` for containers (see Dockerfile); `next start` otherwise.
  output: settings.output,
  poweredByHeader: false,
  // The body pipeline and the content readers are loaded from node_modules by the server rather
  // than bundled: bundling them took a quarter to a third of the compile's CPU (19–23 s against
  // 28–33 s in alternating runs, 1,000 articles), and next-mdx-remote, which Next.js already keeps
  // external, loads the same MDX compiler from there anyway. The standalone output copies them.
  serverExternalPackages: [
    "@mdx-js/mdx",
    "budoux",
    "image-size",
    "mdast-util-to-string",
    "property-information",
    "rehype-raw",
    "rehype-sanitize",
    "remark-gfm",
    "remark-mdx",
    "remark-parse",
    "unified",
    "unist-util-visit",
    "vfile",
    "yaml",
    "zod",
  ],
  // Article images from elsewhere only over https and only from the hosts the operator named
  // (IMAGE_HOSTS); the content check refuses any other, so every article image can be drawn.
  images: { remotePatterns: remoteImagePatterns(settings.imageHosts) },
  // OG images are drawn on request with this font (lib/og-font.ts reads it by path, which the
  // tracer cannot see): copy it into the standalone output too.
  outputFileTracingIncludes: {
    "/articles/[slug]/opengraph-image": [`./${OG_FONT_PATH}`],
    "/opengraph-image": [`./${OG_FONT_PATH}`],
  },
  // `npm test` type-checks the code (`tsc --noEmit`); content cannot change types, so checking
  // again in every build only made it slower.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  experimental: {
    // Pages rendered on request (a tag spelled another way, and every unknown tag, category or
    // author, which renders as a 404) stay in the bounded in-memory cache instead of being
    // written under .next/server: otherwise each new made-up address adds files on disk.
    isrFlushToDisk: false,
    // Page-generation workers (Next's default: one per core but one). Each holds ~0.8 GB on a
    // 1,000-article site, so more is faster only where memory allows: `BUILD_WORKERS=2`.
    ...(settings.buildWorkers !== undefined ? { cpus: settings.buildWorkers } : {}),
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ isDev: settings.isDevelopment }) }];
  },
  async redirects() {
    return [{ source: "/page/1", destination: "/", permanent: true }];
  },
};

export default nextConfig;
