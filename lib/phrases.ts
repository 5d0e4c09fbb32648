// Japanese phrase boundaries (BudouX), so headings wrap between phrases rather than mid-word.
import { loadDefaultJapaneseParser } from "budoux";

const parser = loadDefaultJapaneseParser();

export function splitPhrases(text: string): string[] {
  return text.length === 0 ? [] : parser.parse(text);
}
