import { formatJapaneseDate, toJstIsoString } from "@/lib/dates";

export function DateTime({ date }: { date: Date }) {
  return <time dateTime={toJstIsoString(date)}>{formatJapaneseDate(date)}</time>;
}
