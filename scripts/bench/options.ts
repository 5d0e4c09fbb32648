// Command-line flags of `npm run bench`.
export interface BenchOptions {
  articles: number;
  durationSeconds: number;
  skipBuild: boolean;
  onlySearch: boolean;
  /** Inquiries under load alone, on the last bench build: SQLite on one host, PostgreSQL on two. */
  onlyInquiries: boolean;
  /** Also build again after adding one article, and again after editing one. */
  rebuild: boolean;
}

const USAGE = "usage: npm run bench -- [--articles N] [--duration S] [--skip-build] [--rebuild] [--only search|inquiries]";

function positive(argv: string[], name: string, fallback: number): number {
  const index = argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} には正の整数を指定してください\n${USAGE}`);
  return value;
}

export function parseOptions(argv: string[]): BenchOptions {
  const known = new Set(["--articles", "--duration", "--skip-build", "--rebuild", "--only"]);
  argv.forEach((token, index) => {
    const isValue = index > 0 && ["--articles", "--duration", "--only"].includes(argv[index - 1] ?? "");
    if (!isValue && !known.has(token)) throw new Error(`不明な引数: ${token}\n${USAGE}`);
  });
  const onlyIndex = argv.indexOf("--only");
  const only = onlyIndex === -1 ? null : argv[onlyIndex + 1];
  if (only !== null && only !== "search" && only !== "inquiries") throw new Error(`--only に指定できるのは search か inquiries です\n${USAGE}`);
  return {
    articles: positive(argv, "articles", 1000),
    durationSeconds: positive(argv, "duration", 10),
    skipBuild: argv.includes("--skip-build"),
    onlySearch: only === "search",
    onlyInquiries: only === "inquiries",
    rebuild: argv.includes("--rebuild"),
  };
}
