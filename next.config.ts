import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // A separate output folder lets tests build a broken content tree beside the real build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `NEXT_OUTPUT=standalone npm run build` for containers (see Dockerfile); `next start` otherwise.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "development") }];
  },
  async redirects() {
    return [{ source: "/page/1", destination: "/", permanent: true }];
  },
};

export default nextConfig;
