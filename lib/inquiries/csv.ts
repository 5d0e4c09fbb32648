// Inquiries as CSV for the recruiting team: UTF-8 with a BOM and CRLF, which Excel in Japan opens
// without garbling, and cells that Excel can never run as formulas.
import { toJstIsoString } from "../dates";
import { ANSWER_FIELDS, FIELDS, INQUIRY_KIND_LABELS } from "./fields";
import type { StoredInquiry } from "./types";

export const UTF8_BOM = "\uFEFF";

/**
 * A cell starting with = + - @ or their full-width forms ＝ ＋ － ＠ (Japanese input, which
 * spreadsheets also read as a formula), or with a tab or carriage return whatever follows, may be
 * run as a formula by Excel and other spreadsheets (CSV injection). A leading apostrophe makes it
 * plain text (OWASP's advice); the apostrophe stays visible in the cell, which is the price of
 * never running one.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@＝＋－＠\t\r]/u.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. */
export function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(",");
}

export const CSV_HEADER = ["ID", "受付日時", "種別", FIELDS.name.label, FIELDS.email.label, ...ANSWER_FIELDS.map((f) => FIELDS[f].label)];

export function inquiryRow(inquiry: StoredInquiry): string[] {
  return [
    String(inquiry.id),
    toJstIsoString(inquiry.createdAt),
    INQUIRY_KIND_LABELS[inquiry.kind],
    inquiry.name,
    inquiry.email,
    ...ANSWER_FIELDS.map((field) => inquiry.answers[field] ?? ""),
  ];
}

export function inquiriesToCsv(inquiries: readonly StoredInquiry[]): string {
  return UTF8_BOM + [CSV_HEADER, ...inquiries.map(inquiryRow)].map((cells) => `${csvLine(cells)}\r\n`).join("");
}

/**
 * Reads CSV written by `inquiriesToCsv` back into rows (BOM dropped, quotes undone). The export's
 * tests use it; the recruiting team opens the file in Excel.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && source[index + 1] === "\n") {
      // The line end is handled by the \n that follows.
    } else if (char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else {
      cell += char;
    }
  }
  if (cell.length > 0 || row.length > 0) rows.push([...row, cell]);
  return rows;
}
