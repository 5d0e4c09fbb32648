// `npx tsx scripts/sample-images.ts`: draws the sample articles' pictures (public/images/articles/)
// and the sample authors' portraits (public/images/authors/) from shapes alone, one motif per
// category and a layout seeded by the file name, so the sample site has pictures that are ours.
// Editors replace them with their own; nothing runs this at build.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const WIDTH = 1600;
const HEIGHT = 900;
const OUT = path.join(process.cwd(), "public", "images", "articles");
const PORTRAIT_SIZE = 400;
const PORTRAIT_OUT = path.join(process.cwd(), "public", "images", "authors");

/** Small deterministic generator (mulberry32), so a picture only changes when its seed does. */
function random(seedText: string): () => number {
  let seed = 0;
  for (const char of seedText) seed = (Math.imul(seed, 31) + char.codePointAt(0)!) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Motif = (rand: () => number) => string;

const background = (from: string, to: string) =>
  `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>` +
  `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>`;

/** AI: a network of nodes and the links between them. */
const network: Motif = (rand) => {
  const nodes = Array.from({ length: 26 }, () => [120 + rand() * (WIDTH - 240), 100 + rand() * (HEIGHT - 200)] as const);
  let lines = "";
  for (const [i, [x1, y1]] of nodes.entries()) {
    for (const [x2, y2] of nodes.slice(i + 1)) {
      if (Math.hypot(x2 - x1, y2 - y1) < 360) lines += `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#7dd3fc" stroke-opacity="0.35" stroke-width="3"/>`;
    }
  }
  const dots = nodes.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${10 + rand() * 16}" fill="#e0f2fe" fill-opacity="${0.6 + rand() * 0.4}"/>`).join("");
  return background("#0b1f4d", "#1d4ed8") + lines + dots;
};

/** Web3: blocks in a chain. */
const chain: Motif = (rand) => {
  const size = 150;
  const blocks = Array.from({ length: 6 }, (_, i) => ({ x: 140 + i * 230, y: 330 + Math.sin(i + rand() * 2) * 140 }));
  const links = blocks
    .slice(1)
    .map((b, i) => `<line x1="${blocks[i]!.x + size / 2}" y1="${blocks[i]!.y + size / 2}" x2="${b.x + size / 2}" y2="${b.y + size / 2}" stroke="#f0abfc" stroke-width="10" stroke-linecap="round"/>`)
    .join("");
  const squares = blocks
    .map(
      ({ x, y }) =>
        `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="22" fill="#f5f3ff" fill-opacity="${0.75 + rand() * 0.25}"/>` +
        `<rect x="${x + 30}" y="${y + 30}" width="${size - 60}" height="${size - 60}" rx="12" fill="#7c3aed" fill-opacity="0.55"/>`,
    )
    .join("");
  return background("#2e1065", "#0f766e") + links + squares;
};

/** 投資分析: bars and a trend line. */
const chart: Motif = (rand) => {
  let shapes = "";
  const bars = 9;
  let value = 0.25 + rand() * 0.15;
  const points: string[] = [];
  for (let i = 0; i < bars; i++) {
    value = Math.min(0.92, Math.max(0.12, value + (rand() - 0.35) * 0.18));
    const x = 170 + i * 150;
    const h = value * (HEIGHT - 260);
    shapes += `<rect x="${x}" y="${HEIGHT - 120 - h}" width="96" height="${h}" rx="8" fill="#fef3c7" fill-opacity="0.85"/>`;
    points.push(`${x + 48},${HEIGHT - 160 - h}`);
  }
  shapes += `<polyline points="${points.join(" ")}" fill="none" stroke="#fb923c" stroke-width="12" stroke-linejoin="round" stroke-linecap="round"/>`;
  shapes += `<line x1="120" y1="${HEIGHT - 118}" x2="${WIDTH - 120}" y2="${HEIGHT - 118}" stroke="#fff7ed" stroke-width="6"/>`;
  return background("#7c2d12", "#b45309") + shapes;
};

/** キャリア: steps rising to the right, with a path of dots. */
const steps: Motif = (rand) => {
  let shapes = "";
  const count = 6;
  for (let i = 0; i < count; i++) {
    const w = (WIDTH - 240) / count;
    const h = 120 + i * (90 + rand() * 20);
    shapes += `<rect x="${120 + i * w}" y="${HEIGHT - 80 - h}" width="${w - 16}" height="${h}" rx="10" fill="#dcfce7" fill-opacity="${0.45 + i * 0.09}"/>`;
    shapes += `<circle cx="${120 + i * w + (w - 16) / 2}" cy="${HEIGHT - 130 - h}" r="${18 + rand() * 8}" fill="#fde68a"/>`;
  }
  return background("#14532d", "#0e7490") + shapes;
};

/** テクノロジー: circuit traces on a grid. */
const circuit: Motif = (rand) => {
  let shapes = "";
  for (let i = 0; i < 22; i++) {
    let x = Math.round((rand() * WIDTH) / 80) * 80;
    let y = Math.round((rand() * HEIGHT) / 80) * 80;
    let d = `M${x} ${y}`;
    for (let step = 0; step < 4; step++) {
      if (rand() < 0.5) x += (rand() < 0.5 ? -1 : 1) * 160;
      else y += (rand() < 0.5 ? -1 : 1) * 160;
      d += ` L${x} ${y}`;
    }
    shapes += `<path d="${d}" fill="none" stroke="#a5f3fc" stroke-opacity="0.6" stroke-width="6"/><circle cx="${x}" cy="${y}" r="14" fill="#ecfeff"/>`;
  }
  shapes += `<rect x="${WIDTH / 2 - 170}" y="${HEIGHT / 2 - 170}" width="340" height="340" rx="28" fill="#0f172a" stroke="#67e8f9" stroke-width="10"/>`;
  return background("#082f49", "#155e75") + shapes;
};

/** Each picture: its file name, its motif, and the seed that varies its layout. */
const PICTURES: { file: string; motif: Motif }[] = [
  { file: "genai-startup-funding.png", motif: chart },
  { file: "ai-agent-enterprise.png", motif: network },
  { file: "ai-web3-crossroads.png", motif: chain },
  { file: "csharp-ai-career.png", motif: steps },
  { file: "defi-yield-risk.png", motif: chart },
  { file: "ml-engineer-career.png", motif: steps },
  { file: "remote-salary-2026.png", motif: steps },
  { file: "rust-fintech.png", motif: circuit },
  { file: "quantum-ai-2030.png", motif: circuit },
  { file: "smart-contract-audit.png", motif: chain },
  { file: "genai-copyright.png", motif: network },
  { file: "llm-inference-cost.png", motif: network },
  { file: "csharp-dotnet-ai.png", motif: circuit },
];

/**
 * An author's portrait: a head-and-shoulders silhouette on a gradient with a few soft circles,
 * a stand-in that says "a person" without being anyone's face.
 */
function portrait(rand: () => number, from: string, to: string): string {
  const size = PORTRAIT_SIZE;
  const circles = Array.from({ length: 5 }, () => {
    const r = 30 + rand() * 70;
    return `<circle cx="${rand() * size}" cy="${rand() * size * 0.6}" r="${r}" fill="#ffffff" fill-opacity="${0.08 + rand() * 0.12}"/>`;
  }).join("");
  return (
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>` +
    `<rect width="${size}" height="${size}" fill="url(#bg)"/>` +
    circles +
    `<circle cx="${size / 2}" cy="${size * 0.4}" r="${size * 0.17}" fill="#f8fafc" fill-opacity="0.92"/>` +
    `<ellipse cx="${size / 2}" cy="${size * 0.98}" rx="${size * 0.33}" ry="${size * 0.3}" fill="#f8fafc" fill-opacity="0.92"/>`
  );
}

/** Each portrait: its file name (the seed of its circles) and its colours. */
const PORTRAITS: { file: string; from: string; to: string }[] = [{ file: "misaki-sato.png", from: "#1d4ed8", to: "#0f766e" }];

/** Writes one SVG drawing as a palette PNG. */
async function writePng(target: string, width: number, height: number, body: string): Promise<void> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
  await sharp(Buffer.from(svg)).png({ palette: true, quality: 90, compressionLevel: 9 }).toFile(target);
  console.log(`${path.relative(process.cwd(), target)} (${width}×${height})`);
}

fs.mkdirSync(OUT, { recursive: true });
for (const { file, motif } of PICTURES) {
  await writePng(path.join(OUT, file), WIDTH, HEIGHT, motif(random(file)));
}
fs.mkdirSync(PORTRAIT_OUT, { recursive: true });
for (const { file, from, to } of PORTRAITS) {
  await writePng(path.join(PORTRAIT_OUT, file), PORTRAIT_SIZE, PORTRAIT_SIZE, portrait(random(file), from, to));
}
