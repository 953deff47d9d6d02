/**
 * The article's own dates: when it was published and last modified, and where each came from.
 * Order of trust: the user's --published, JSON-LD, meta tags, <time datetime>, the URL, then a
 * byline the page marks, then a dateline in the text itself. With none of these, the latest date the article itself states is a lower
 * bound: the checks read relative dates against it and say so.
 */
import type { PageMeta } from "../page-meta";
import { datesFromJsonLd } from "./json-ld";
import { dateFromUrl, parseMachineDate } from "./machine-date";
import { findPeriods, sentencePeriods, YEAR_IN_DIGITS } from "./periods";
import { textSentences } from "./text-units";

export interface ArticleDates {
  published: string | null;
  /** e.g. "option", "json-ld", "meta:article:published_time", "time", "url", "byline", "dateline". */
  publishedFrom: string | null;
  modified: string | null;
  modifiedFrom: string | null;
  /** Without a publication date: the latest day the text states, which the article cannot precede. */
  notBefore: string | null;
}

/** Meta keys for the publication date, most specific first (compared in lower case). */
const PUBLISHED_KEYS = [
  "article:published_time", "og:article:published_time", "og:published_time", "parsely-pub-date",
  "sailthru.date", "dcterms.issued", "dcterms.date", "dcterms.created", "dc.date.issued", "dc.date",
  "dc.date.created", "datepublished", "pubdate", "publish-date", "publication_date", "date",
];
const MODIFIED_KEYS = ["article:modified_time", "og:updated_time", "dcterms.modified", "dc.date.modified", "datemodified", "last-modified"];

export function resolveArticleDates(meta: PageMeta, override?: string | null, text?: string): ArticleDates {
  const dates: ArticleDates = { published: null, publishedFrom: null, modified: null, modifiedFrom: null, notBefore: null };
  const jsonLd = datesFromJsonLd(meta.jsonLd);
  const metaPublished = fromMeta(meta, PUBLISHED_KEYS);
  const metaModified = fromMeta(meta, MODIFIED_KEYS);
  const published: Array<[string | null, string]> = [
    [override ? parseMachineDate(override) : null, "option"],
    [jsonLd.published, "json-ld"],
    [metaPublished?.day ?? null, `meta:${metaPublished?.key ?? ""}`],
    [fromTimes(meta), "time"],
    [fromUrls(meta), "url"],
    [fromByline(meta.bylineText), "byline"],
  ];
  let found = published.find(([day]) => day !== null);
  if (!found && text) {
    const dateline = datelineOf(text);
    if (dateline) found = [dateline, "dateline"];
  }
  if (found) [dates.published, dates.publishedFrom] = found;
  if (jsonLd.modified) [dates.modified, dates.modifiedFrom] = [jsonLd.modified, "json-ld"];
  else if (metaModified) [dates.modified, dates.modifiedFrom] = [metaModified.day, `meta:${metaModified.key}`];
  // A modification before publication is a page error; it says nothing about the article.
  if (dates.modified && dates.published && dates.modified < dates.published) [dates.modified, dates.modifiedFrom] = [null, null];
  if (!dates.published && text) dates.notBefore = latestStatedDay(text);
  return dates;
}

function fromMeta(meta: PageMeta, keys: readonly string[]): { key: string; day: string } | null {
  for (const key of keys) {
    for (const entry of meta.meta) {
      if (entry.key.toLowerCase() !== key) continue;
      const day = parseMachineDate(entry.content);
      if (day) return { key, day };
    }
  }
  return null;
}

function fromTimes(meta: PageMeta): string | null {
  for (const time of meta.times) {
    const day = time.datetime ? parseMachineDate(time.datetime) : null;
    if (day) return day;
  }
  return null;
}

function fromUrls(meta: PageMeta): string | null {
  for (const url of [meta.canonicalUrl, meta.url]) {
    const day = url ? dateFromUrl(url) : null;
    if (day) return day;
  }
  return null;
}

/** A byline or dateline only counts when it gives a full date with its year: "Jan. 30, 2026". */
function fromByline(byline: string | null): string | null {
  if (!byline || byline.length > 500) return null;
  const day = findPeriods(byline, null).find((p) => p.granularity === "day" && p.yearStated && p.start === p.end);
  return day?.start ?? null;
}

/** How far into the text a dateline can be: past the headline and byline, not into the story. */
const DATELINE_REACH = 600;
const DATELINE_LABEL = /^(?:published|posted|updated|first published|date)\b/i;
/** "WASHINGTON, Jan. 30, 2026 —": a place in capitals, then the date. */
const CITY_DATELINE = /^[A-Z][A-Z .'-]{1,40}, /;

/**
 * A dateline in the text itself: a short line that is mostly a full date ("January 30, 2026",
 * "By A. Writer | Jan. 30, 2026", "Published 30 January 2026"), or "CITY, date —" opening a
 * paragraph. A date inside a caption or a sentence is not one.
 */
function datelineOf(text: string): string | null {
  for (const line of text.slice(0, DATELINE_REACH).split("\n")) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const head = trimmed.slice(0, 120);
    if (!YEAR_IN_DIGITS.test(head)) continue; // a full date states its year
    const day = findPeriods(head, null).find((p) => p.granularity === "day" && p.yearStated && p.start === p.end);
    if (!day) continue;
    const short = trimmed.length <= 60 && day.span.text.length >= trimmed.length * 0.3;
    const labelled = DATELINE_LABEL.test(trimmed) && day.span.start < 30;
    const city = CITY_DATELINE.test(trimmed) && day.span.start < 50;
    if (short || labelled || city) return day.start;
  }
  return null;
}

/**
 * The latest day the text states with its year, ignoring what it expects or plans ("by 2030"):
 * the article was written on or after that day.
 */
export function latestStatedDay(text: string): string | null {
  let latest: string | null = null;
  // A sentence without a year in digits states none.
  const periods = textSentences(text)
    .filter((sentence) => YEAR_IN_DIGITS.test(text.slice(sentence.start, sentence.end)))
    .flatMap((sentence) => sentencePeriods(text, sentence, null));
  for (const period of periods) {
    if (!period.yearStated || period.tense === "future") continue;
    if (period.preposition === "by" || period.preposition === "until" || period.preposition === "before") continue;
    if (!latest || period.start > latest) latest = period.start;
  }
  return latest;
}
