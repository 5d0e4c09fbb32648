// schema.org JobPosting for a job page, as search engines read it.
import type { Job } from "./content/types";
import { markdownToPlainText } from "./content/plain-text";
import { termKey } from "./content/slugs";
import { endOfJstDay, toJstIsoString } from "./dates";
import { isRemoteLocation, placeOf, prefectureOf } from "./jobs";
import { absoluteUrl, jobPath } from "./urls";

/** By termKey, the key the job filters compare employment types by. */
const EMPLOYMENT_TYPES = new Map(
  Object.entries({
    正社員: "FULL_TIME",
    契約社員: "TEMPORARY",
    業務委託: "CONTRACTOR",
    副業: "PART_TIME",
    インターン: "INTERN",
  }).map(([employment, type]) => [termKey(employment), type]),
);

/** schema.org's employmentType for the editor's Japanese term; OTHER for anything unlisted. */
export function employmentTypeOf(employment: string): string {
  return EMPLOYMENT_TYPES.get(termKey(employment)) ?? "OTHER";
}

export interface SalaryRange {
  unitText: "HOUR" | "DAY" | "MONTH" | "YEAR";
  minValue: number;
  maxValue: number | null;
}

const SALARY_UNITS: Record<string, SalaryRange["unitText"]> = {
  年収: "YEAR",
  年俸: "YEAR",
  月給: "MONTH",
  月額: "MONTH",
  月収: "MONTH",
  月単価: "MONTH",
  日給: "DAY",
  日額: "DAY",
  時給: "HOUR",
};

const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(万)?(円)?`;
const SALARY = new RegExp(String.raw`^(${Object.keys(SALARY_UNITS).join("|")})\s*${AMOUNT}\s*(?:[〜~～\-－]\s*(?:${AMOUNT})?)?$`, "u");

/**
 * Reads the salaries editors write ("年収600万〜900万円", "時給1,500円〜1,800円", "月額80万円〜");
 * anything else (応相談, ranges in words) is null and left out of the structured data.
 */
export function parseSalary(text: string): SalaryRange | null {
  const match = SALARY.exec(text.normalize("NFKC").replace(/\s+/gu, ""));
  if (!match) return null;
  const [, unit, minDigits, minMan, minYen, maxDigits, maxMan] = match;
  const unitText = unit ? SALARY_UNITS[unit] : undefined;
  if (!unitText || !minDigits) return null;
  const number = (digits: string) => Number(digits.replaceAll(",", ""));
  // "600〜900万円": the 万 written once applies to both ends.
  const minScale = minMan || (!minYen && maxMan) ? 10_000 : 1;
  const minValue = number(minDigits) * minScale;
  const maxValue = maxDigits ? number(maxDigits) * (maxMan ? 10_000 : 1) : null;
  if (!(minValue > 0) || (maxValue !== null && maxValue < minValue)) return null;
  return { unitText, minValue, maxValue };
}

function baseSalary(salary: string | null) {
  const range = salary ? parseSalary(salary) : null;
  if (!range) return undefined;
  return {
    "@type": "MonetaryAmount",
    currency: "JPY",
    value:
      range.maxValue === null || range.maxValue === range.minValue
        ? { "@type": "QuantitativeValue", value: range.minValue, unitText: range.unitText }
        : { "@type": "QuantitativeValue", minValue: range.minValue, maxValue: range.maxValue, unitText: range.unitText },
  };
}

function locationProperties(location: string) {
  const place = placeOf(location);
  const prefecture = place ? prefectureOf(place) : null;
  const locality = place && prefecture ? place.slice(prefecture.length).trim() : place;
  return {
    ...(place
      ? {
          jobLocation: {
            "@type": "Place",
            address: {
              "@type": "PostalAddress",
              addressCountry: "JP",
              ...(prefecture ? { addressRegion: prefecture } : {}),
              ...(locality ? { addressLocality: locality } : {}),
            },
          },
        }
      : {}),
    // Remote, fully or in part: Google wants both the office (if any) and TELECOMMUTE.
    ...(isRemoteLocation(location)
      ? { jobLocationType: "TELECOMMUTE", applicantLocationRequirements: { "@type": "Country", name: "JP" } }
      : {}),
  };
}

export function jobPostingJsonLd(job: Job) {
  const salary = baseSalary(job.salary);
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: job.title,
    description: markdownToPlainText(job.body).replace(/\n{3,}/gu, "\n\n").trim() || job.title,
    identifier: { "@type": "PropertyValue", name: job.company, value: job.id },
    datePosted: toJstIsoString(job.posted),
    ...(job.expires ? { validThrough: toJstIsoString(endOfJstDay(job.expires)) } : {}),
    employmentType: employmentTypeOf(job.employment),
    hiringOrganization: { "@type": "Organization", name: job.company },
    ...locationProperties(job.location),
    ...(salary ? { baseSalary: salary } : {}),
    url: absoluteUrl(jobPath(job.id)),
    directApply: false,
    inLanguage: "ja",
  };
}
