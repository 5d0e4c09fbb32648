// Paragraphs and sentences an AI draft wrote twice, often on both sides of a `---END---`.
import { comparableText } from "../../content/same-text";
import { isProse, quote, type Block } from "../blocks";
import { defineRule } from "../define-rule";

/** Shorter paragraphs (「以上です。」) repeat innocently. */
const MIN_PARAGRAPH = 16;
/** A sentence this long said twice is a copy, not a refrain. */
const MIN_SENTENCE = 20;
/** Share of character pairs two paragraphs must have in common to count as one rewritten. */
const NEAR_SIMILARITY = 0.85;

export interface RepeatedBlock {
  index: number;
  block: Block;
  /** The earlier block it repeats. */
  of: Block;
  exact: boolean;
  /** A separator artifact between the two, if any. */
  separator?: Block;
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = `${chars[i]}${chars[i + 1]}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/**
 * Whether the Dice coefficient over character pairs reaches `threshold` (1 for the same text, near
 * 0 for unrelated ones). Stops as soon as the pairs left could not reach it: most pairs of
 * paragraphs in an article are unrelated.
 */
function isSimilar(a: Block, b: Block, pairsOf: (block: Block) => Map<string, number>, threshold: number): boolean {
  const [pairsA, pairsB] = [pairsOf(a), pairsOf(b)];
  const countA = Math.max(1, a.key.length - 1);
  const needed = (threshold * (countA + Math.max(1, b.key.length - 1))) / 2;
  let shared = 0;
  let left = countA;
  for (const [pair, count] of pairsA) {
    shared += Math.min(count, pairsB.get(pair) ?? 0);
    left -= count;
    if (shared >= needed) return true;
    if (shared + left < needed) return false;
  }
  return shared >= needed;
}

function isNearCopy(a: Block, b: Block, pairsOf: (block: Block) => Map<string, number>): boolean {
  const [shorter, longer] = a.key.length <= b.key.length ? [a.key, b.key] : [b.key, a.key];
  // A draft continued after a cut often repeats the cut paragraph whole and goes on.
  if (longer.includes(shorter) && (shorter.length >= 60 || shorter.length >= longer.length * 0.4)) return true;
  if (shorter.length < longer.length * 0.7) return false;
  return isSimilar(a, b, pairsOf, NEAR_SIMILARITY);
}

const repeatsByBody = new WeakMap<readonly Block[], RepeatedBlock[]>();

/** Prose blocks that repeat an earlier one exactly or nearly (text compared without width or punctuation). */
export function findRepeatedProse(blocks: readonly Block[]): RepeatedBlock[] {
  const cached = repeatsByBody.get(blocks);
  if (cached) return cached;
  const pairs = new Map<Block, Map<string, number>>();
  const pairsOf = (block: Block) => {
    const known = pairs.get(block);
    if (known) return known;
    const counted = bigrams(block.key);
    pairs.set(block, counted);
    return counted;
  };
  const candidates = blocks.flatMap((block, index) => (isProse(block) && block.key.length >= MIN_PARAGRAPH ? [{ block, index }] : []));
  const repeats: RepeatedBlock[] = [];
  candidates.forEach(({ block, index }, position) => {
    for (const earlier of candidates.slice(0, position)) {
      const exact = earlier.block.key === block.key;
      if (!exact && !isNearCopy(earlier.block, block, pairsOf)) continue;
      const separator = blocks.slice(earlier.index + 1, index).find((between) => between.kind === "separator");
      repeats.push({ index, block, of: earlier.block, exact, separator });
      return;
    }
  });
  repeatsByBody.set(blocks, repeats);
  return repeats;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[。！？!?])\s*/u).filter((sentence) => sentence.length > 0);
}

/** The line of a block where a sentence starts, so long paragraphs point at the right line. */
function lineOf(block: Block, sentence: string): number {
  const start = comparableText(sentence).slice(0, 8);
  const offset = block.lines.findIndex((line) => comparableText(line).includes(start));
  return block.line + Math.max(0, offset);
}

export const repeatsRule = defineRule(
  {
    // An error: the same paragraph twice is never what the editor meant, and deleting the second
    // loses nothing. A near copy may differ in a fact or a figure, so a person decides.
    "repeated-paragraph": { severity: "error", description: "同じ文面の段落の繰り返し（区切りをまたぐものも。全角半角・空白・句読点の違いは無視）" },
    "similar-paragraph": { severity: "warning", description: "ほぼ同じ段落の繰り返し（途中から書き足したもの、少し書き換えたもの）" },
    "repeated-sentence": { severity: "warning", description: "別の段落にある長い文の繰り返し" },
  },
  (article, _site, report) => {
    const repeats = findRepeatedProse(article.blocks);
    for (const { block, of, exact, separator } of repeats) {
      const across = separator ? `（${separator.line} 行目の区切り「${separator.text}」をまたいでいます）` : "";
      if (exact) {
        report("repeated-paragraph", block.line, `段落「${quote(block.text)}」は ${of.line} 行目の段落の繰り返しです${across}。この段落を消してください`);
      } else {
        report("similar-paragraph", block.line, `段落「${quote(block.text)}」は ${of.line} 行目の段落とほぼ同じです${across}。違いを確かめて、片方を消すか 1 つにまとめてください`);
      }
    }

    const repeated = new Set(repeats.map((repeat) => repeat.index));
    const firstSeen = new Map<string, Block>();
    article.blocks.forEach((block, index) => {
      if (!isProse(block) || repeated.has(index)) return;
      let reported = false;
      for (const sentence of sentences(block.text)) {
        const key = comparableText(sentence);
        if (key.length < MIN_SENTENCE) continue;
        const earlier = firstSeen.get(key);
        if (!earlier) {
          firstSeen.set(key, block);
        } else if (earlier !== block && !reported) {
          reported = true;
          report("repeated-sentence", lineOf(block, sentence), `文「${quote(sentence)}」は ${earlier.line} 行目の段落にもあります。どちらかを消してください`);
        }
      }
    });
  },
);
