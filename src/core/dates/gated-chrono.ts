/**
 * chrono-node's casual English parser, with each of its parsers run only on text where it can match.
 * chrono runs all eighteen of its parsers' regular expressions over every sentence; most sentences
 * give most of them nothing to find. Each parser here has a gate: a cheap test that every text the
 * parser can match passes (a digit for the time parser, a month name followed by what may follow it
 * for the month parsers...). Skipping a parser whose gate fails drops no result, so what chrono
 * returns is unchanged (tests/unit/dates/gated-chrono.test.ts compares the two).
 */
import * as chrono from "chrono-node";

type Gate = (text: string) => boolean;

const UNITS = "quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y";
/** How each of chrono's amounts ("two", "3", "a", "half an", "the", "a couple of") can end right before its unit. */
const AMOUNT_ENDS = "\\d|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half(?:\\s{0,2}an?)?|an?\\b|few|several|the|couple(?:\\s{0,2}of)?";
/** chrono's amounts themselves. */
const AMOUNTS = "eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|[0-9]+|[0-9]+\\.[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?";
const MONTHS = "september|february|november|december|january|october|august|march|april|sept|june|july|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec";
/** Ordinal words a month name may be written against ("Marchfirst" is one to chrono). */
const ORDINAL_STARTS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty|thirty";
const WEEKDAYS = "wednesday|thursday|saturday|tuesday|sunday|monday|friday|thurs|thur|thu|sun|mon|tue|wed|fri|sat|weekend|weekday";

const test = (pattern: RegExp): Gate => (text) => pattern.test(text);
/** A quick test of a word the parser needs, then the closer one. */
const both = (quick: RegExp, close: RegExp): Gate => (text) => quick.test(text) && close.test(text);

/**
 * The gates, each with a piece of its parsers' pattern source that identifies them (names are lost
 * when the extension is minified). A parser that none identifies always runs.
 */
const GATES: ReadonlyArray<{ marks: readonly string[]; gate: Gate; timeOfDay?: true; noYear?: true }> = [
  // Year-month-day and ISO dates: four digits, a separator, then a digit or a month ("2016-11-30", "2016 Nov 30").
  { marks: ["([0-9]{4})[-\\.\\/\\s]", "([0-9]{4})\\-([0-9]{1,2})\\-"], gate: both(/\d{4}/, /\d{4}[-./\s](?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i) },
  // 11/30/2025, 30.11, 11/2025: a digit, a separator, a digit.
  { marks: ["[\\/\\.\\-]([0-3]{0,1}[0-9]{1})", "\\/([0-9]{4})"], gate: test(/\d[/.-]\d/) },
  // "3 p.m.", "10:30": a digit.
  { marks: ["(\\d{1,4})"], gate: test(/\d/), timeOfDay: true, noYear: true },
  // The time-unit parsers ("two days ago", "3 weeks later", "within a year", "last year", "next 2 months"):
  // an amount (or this/last/next) before a unit, and the word that makes it a date.
  { marks: ["(?:ago|before|earlier)"], gate: both(/ago|before|earlier/i, new RegExp(`(?:${AMOUNT_ENDS})\\s{0,3}(?:${UNITS})\\s{0,5}(?:ago|before|earlier)`, "i")) },
  { marks: ["(?:later|after|from now"], gate: both(/later|after|from now|henceforth|forward|out/i, new RegExp(`(?:${AMOUNT_ENDS})\\s{0,3}(?:${UNITS})\\s{0,5}(?:later|after|from now|henceforth|forward|out)`, "i")) },
  { marks: ["(this|last|past|next|after\\s*this)"], gate: both(/this|last|past|next|after/i, new RegExp(`(?:this|last|past|next|after)\\s*(?:${UNITS})(?!\\w)`, "i")) },
  {
    marks: ["(this|last|past|next|after|\\+|-)"],
    gate: both(/this|last|past|next|after|[+-]/i, new RegExp(`(?:this|last|past|next|after|[+-])\\s*(?:(?:about|around)\\s{0,3})?(?:${AMOUNTS})\\s{0,3}(?:${UNITS})`, "i")),
  },
  {
    marks: ["(?:within|in|for)\\s*"],
    gate: test(new RegExp(`(?:within|in|for)\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?(?:(?:about|around)\\s{0,3})?(?:${AMOUNTS})\\s{0,3}(?:${UNITS})`, "i")),
  },
  // "today", "last night", "this morning", "noon".
  {
    marks: ["(now|today|tonight", "(morning|afternoon|evening|night|midnight|midday|noon)"],
    gate: test(/(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|morning|afternoon|evening|night|midnight|midday|noon)(?!\w)/i),
  },
  // "end of the month".
  { marks: ["(?:last\\s+day|end)\\s+of"], gate: test(/month(?!\w)/i) },
  // "Thursday", "last Fri.", "the weekend", "Monday of next week".
  { marks: ["weekend|weekday"], gate: test(new RegExp(`(?:${WEEKDAYS})(?:(?![a-z])|of|this|last|past|next)`, "i")), noYear: true },
  // "November 30", "30 Nov. 2025", "in December", "2025 March": a month name not followed by more letters
  // (or by "of" or an ordinal word, which chrono reads glued to it).
  { marks: ["september|february"], gate: test(new RegExp(`(?:${MONTHS})(?:(?![a-z])|of|${ORDINAL_STARTS})`, "i")) },
];

const REFERENCE_CONTEXT = { option: {}, refDate: new Date(0), reference: {} } as unknown as chrono.ParsingContext;

/** The index in GATES of the parser's gate, or -1 when none is known for it (it always runs). */
function gateOf(parser: chrono.Parser): number {
  let source: string;
  try {
    source = parser.pattern(REFERENCE_CONTEXT).source;
  } catch {
    return -1;
  }
  return GATES.findIndex((g) => g.marks.some((mark) => source.includes(mark)));
}

const parsers = chrono.casual.parsers;
// A bit per parser in a 32-bit mask: with more parsers than that, none is skipped.
const parserGates = parsers.length <= 30 ? parsers.map(gateOf) : parsers.map(() => -1);
const refiners = chrono.casual.refiners;
/** For each gate, the parsers it opens (a bit per parser), and the parsers no gate is known for. */
const gateParsers = GATES.map((_, g) => parserGates.reduce((bits, gate, i) => (gate === g ? bits | (1 << i) : bits), 0));
const ungatedParsers = parserGates.reduce((bits, gate, i) => (gate === -1 ? bits | (1 << i) : bits), 0);
/** One chrono instance per set of parsers that can match, built when first needed. */
const instances = new Map<number, chrono.Chrono>();

/**
 * The same results as chrono-node's casual `parse(text, reference, option)`. With `datesOnly`, a text
 * where chrono could find nothing but times of day ("3 p.m."; they carry no date) is not read: [].
 * With `statedYearsOnly` (the caller keeps only dates that state their year), neither is a text where
 * chrono could find nothing but times of day and weekdays: alone or merged ("Monday at 3 p.m."), they
 * never hold a year.
 */
export function parseDates(
  text: string,
  reference: chrono.ParsingReference | Date,
  option?: chrono.ParsingOption,
  datesOnly = false,
  statedYearsOnly = false,
): chrono.ParsedResult[] {
  let mask = 0;
  let datesPossible = false;
  let yearsPossible = false;
  for (let g = 0; g < GATES.length; g++) {
    if (!GATES[g]!.gate(text)) continue;
    mask |= gateParsers[g]!;
    if (!GATES[g]!.timeOfDay) datesPossible = true;
    if (!GATES[g]!.noYear) yearsPossible = true;
  }
  mask |= ungatedParsers;
  if (mask === 0 || (ungatedParsers === 0 && ((datesOnly && !datesPossible) || (statedYearsOnly && !yearsPossible)))) return [];
  chronoWork.parsersRun += popCount(mask);
  let instance = instances.get(mask);
  if (!instance) {
    instance = new chrono.Chrono({ parsers: parsers.filter((_, i) => mask & (1 << i)), refiners });
    instances.set(mask, instance);
  }
  return instance.parse(text, reference, option);
}

/** Parsers run so far: the tests count them to see that prose without dates runs none. */
export const chronoWork = { parsersRun: 0 };

function popCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** For each of chrono's parsers, whether this module knows its gate (and so can skip it). */
export function gatedParsers(): boolean[] {
  return parserGates.map((gate) => gate !== -1);
}
