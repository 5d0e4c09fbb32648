// The job listing's filters (employment type, tag, area), a job by its route segment, and the
// articles that share a job's tags.
import type { Article, Job } from "./content/types";
import { termKey } from "./content/slugs";
import { foldText } from "./text-fold";
import { segmentCandidates } from "./urls";

export const JOB_FILTER_KEYS = ["employment", "tag", "location"] as const;
export type JobFilterKey = (typeof JOB_FILTER_KEYS)[number];
export type JobFilters = Record<JobFilterKey, string | null>;

export interface FilterOption {
  /** What goes in the URL; also what the reader sees. */
  value: string;
  /** Open jobs it would list. */
  count: number;
}

/** Longer values are no filter anyone meant; they are ignored rather than echoed. */
const MAX_FILTER_LENGTH = 100;

/** The area a remote job is listed under. */
const REMOTE_AREA = "リモート";

/** The usual order of employment types; others follow by how many jobs use them. */
const EMPLOYMENT_ORDER = ["正社員", "契約社員", "業務委託", "副業", "インターン"];
const EMPLOYMENT_RANKS = new Map(EMPLOYMENT_ORDER.map((employment, rank) => [termKey(employment), rank]));

const PREFECTURE = /^(北海道|東京都|京都府|大阪府|[^\s都道府県]{2,3}県)/u;

/** Reads `?employment=…&tag=…&location=…`; a repeated key counts once, blanks count as unset. */
export function parseJobFilters(params: Readonly<Record<string, string | string[] | undefined>>): JobFilters {
  const read = (key: JobFilterKey): string | null => {
    const raw = params[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.normalize("NFC").trim() ?? "";
    return value.length > 0 && value.length <= MAX_FILTER_LENGTH ? value : null;
  };
  return { employment: read("employment"), tag: read("tag"), location: read("location") };
}

export function hasJobFilters(filters: JobFilters): boolean {
  return JOB_FILTER_KEYS.some((key) => filters[key] !== null);
}

export function isRemoteLocation(location: string): boolean {
  return foldText(location).includes(REMOTE_AREA);
}

/** The place part of a location, without notes like （リモート併用）: "東京都渋谷区". */
export function placeOf(location: string): string | null {
  const place = location
    .replace(/[（(][^）)]*[）)]/gu, "")
    .replace(/フル\s*リモート|リモート(?:可|併用|勤務|ワーク)?/gu, "")
    .replace(/[、,・/／\s]+$/u, "")
    .trim();
  return place.length > 0 ? place : null;
}

/** The prefecture a place starts with: "東京都渋谷区" → "東京都". */
export function prefectureOf(place: string): string | null {
  return PREFECTURE.exec(place)?.[1] ?? null;
}

/**
 * The areas a job is found under: its prefecture (or its place, when it names none) and リモート
 * when it can be done remotely. "東京都渋谷区（リモート併用）" → 東京都 and リモート.
 */
export function jobAreas(location: string): string[] {
  const place = placeOf(location);
  const areas = place ? [prefectureOf(place) ?? place] : [];
  return isRemoteLocation(location) ? [...areas, REMOTE_AREA] : areas;
}

function matches(job: Job, filters: JobFilters): boolean {
  if (filters.employment !== null && termKey(job.employment) !== termKey(filters.employment)) return false;
  if (filters.tag !== null && !job.tagKeys.has(termKey(filters.tag))) return false;
  if (filters.location !== null) {
    const wanted = termKey(filters.location);
    if (!jobAreas(job.location).some((area) => termKey(area) === wanted)) return false;
  }
  return true;
}

function byNewest(a: Job, b: Job): number {
  return b.posted.getTime() - a.posted.getTime() || a.id.localeCompare(b.id);
}

/** Open jobs matching every set filter, newest first. Tags match in any case or width (termKey). */
export function filterJobs(jobs: readonly Job[], filters: JobFilters): Job[] {
  return jobs.filter((job) => job.isOpen && matches(job, filters)).sort(byNewest);
}

/** Counts values by termKey, keeping the first spelling met (the newest job's). */
function tally(values: readonly string[]): FilterOption[] {
  const options = new Map<string, FilterOption>();
  for (const value of values) {
    const key = termKey(value);
    const option = options.get(key);
    if (option) option.count += 1;
    else options.set(key, { value, count: 1 });
  }
  return [...options.values()];
}

const byCountThenName = (a: FilterOption, b: FilterOption) => b.count - a.count || a.value.localeCompare(b.value, "ja");

/** The choices each filter offers, from the open jobs. */
export function jobFilterOptions(jobs: readonly Job[]): Record<JobFilterKey, FilterOption[]> {
  const open = jobs.filter((job) => job.isOpen).sort(byNewest);
  // Options are named as the newest job spells them (ｲﾝﾀｰﾝ), so they are ranked by key.
  const rank = (option: FilterOption) => EMPLOYMENT_RANKS.get(termKey(option.value)) ?? EMPLOYMENT_ORDER.length;
  return {
    employment: tally(open.map((job) => job.employment)).sort((a, b) => rank(a) - rank(b) || byCountThenName(a, b)),
    tag: tally(open.flatMap((job) => job.tags)).sort(byCountThenName),
    location: tally(open.flatMap((job) => jobAreas(job.location))).sort((a, b) =>
      // リモート last: it is a way of working, read after the places.
      Number(a.value === REMOTE_AREA) - Number(b.value === REMOTE_AREA) || byCountThenName(a, b),
    ),
  };
}

/** Looks a job up by a route segment, encoded or not. */
export function findJob(jobs: readonly Job[], idSegment: string): Job | undefined {
  for (const candidate of segmentCandidates(idSegment)) {
    const job = jobs.find((item) => item.id === candidate.normalize("NFC"));
    if (job) return job;
  }
  return undefined;
}

/** Published articles sharing at least one of the job's tags: most shared tags first, then newest. */
export function articlesForJob<A extends Pick<Article, "slug" | "date" | "tags">>(
  job: Pick<Job, "tagKeys">,
  articles: readonly A[],
  limit: number,
): A[] {
  return articles
    .map((article) => ({ article, shared: article.tags.filter((tag) => job.tagKeys.has(tag.key)).length }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared || b.article.date.getTime() - a.article.date.getTime() || a.article.slug.localeCompare(b.article.slug),
    )
    .slice(0, limit)
    .map(({ article }) => article);
}
