/**
 * Hostile text for the hardening properties (issue 8): arbitrary Unicode, HTML-like strings, unclosed
 * quotes, right-to-left and combining characters, emoji and surrogate pairs, runs of capitalised
 * words and reporting verbs, all mixed with real news sentences so that the extractor has something
 * to find. Shared by the vitest suite (tests/unit/hardening/*.test.ts) and `npm run fuzz`.
 */
import fc from "fast-check";

/** Sentences as news articles write them: attributions, dates, figures, acronyms, relayed sources. */
export const NEWS_SENTENCES = [
  "Ukrainian Defense Minister Mykhailo Fedorov reported that Ukrainian forces killed 35,000 Russian soldiers in December.",
  "According to these assessments, the number of Russian casualties now matches the Kremlin's recruitment capacity.",
  "However, Bloomberg writes that Russian leader Vladimir Putin is unlikely to pursue such a measure.",
  "A new analysis released by the Center for Strategic and International Studies (CSIS) revealed that Russia has incurred high losses.",
  "The CSIS estimates that Russian forces have suffered nearly 1.2 million casualties since February 2022.",
  "“Russian casualties and fatalities are unprecedented, even from a historical Russian and Soviet perspective,” CSIS stated.",
  "The number of soldiers killed has increased, according to Bloomberg on November 30, citing European assessments.",
  "“We will not back down,” she said on Tuesday.",
  "Officials said last week that the plan would cost $4.5 billion.",
  "The ministry told Reuters on Monday that 1,000,000 doses had been delivered.",
  "Sources familiar with the matter said the deal could be signed as early as March 2024.",
  "The Federal Reserve (Fed) said inflation was 3.2% in 2023, the IMF said.",
  "\"It is a disaster,\" said John Smith, a spokesman for the World Health Organization (WHO).",
  "NATO Secretary General Mark Rutte told reporters on 12 January 2025 that allies had agreed.",
  "The newspaper reported, citing two officials, that the talks had collapsed on Friday.",
  "Experts say the figure is likely higher.",
  "He added that the army had lost 300,000 men since the summer of 2022.",
  "« Nous ne céderons pas », a déclaré le ministre mardi.",
  "The report, published by the European Central Bank (ECB) on 3/4/2024, said growth would slow.",
  "Many believe that the war will end by 2030, a poll by Gallup showed.",
];

/** Fragments chosen to stress tokenisers and regular expressions. */
export const NOISE = [
  "“", "”", "\"", "«", "»", "‘", "’", "'", "„", "‹", "›", "(", ")", "[", "]", "{", "}", "((", "))",
  "said", "says", "told", "according to", "according to according to", "citing", "reported", "stated",
  "The", "Russian", "Defense", "Minister", "CSIS", "(CSIS)", "(ABC)", "ABC", "U.S.", "Mr.", "Dr.", "e.g.", "Inc.",
  "1,000,000", "1,000,000,000,000", "35,000", "1.2", "2024", "2022-02-24", "12/31/2025", "31.12.2025", "3%", "$4.5bn",
  "Monday", "last week", "on Tuesday", "in March", "this summer", "November 30", "yesterday", "two years ago",
  "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd", "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645", "\u202e", "\u202d", "\u200f", "\u200e", "\u2067", "\u2069",
  "e\u0301", "a\u0300\u0301\u0302\u0303\u0304", "\u0301", "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f", "\u200b", "\u200d", "\ufeff", "\u00ad", "\u00a0", "\u2028", "\u2029",
  "😀", "👩‍👩‍👧‍👦", "🇺🇦", "🏳️‍🌈", "👍🏽", "𝐁𝐥𝐨𝐨𝐦𝐛𝐞𝐫𝐠", "𠜎", "\ud83d", "\ude00", "\udfff\ud800",
  "<p>", "</p>", "<div class=\"x\">", "<script>alert(1)</script>", "<!--", "-->", "&amp;", "&nbsp;", "&#x1F600;", "<br/>", "<a href='x'>",
  "# ", "## ", "> ", "- ", "* ", "1. ", "```", "~~~", "|", "---", "***", "_", "**", "`", "[link](http://x)", "![img](y)", "\\",
  "\t", "\n", "\n\n", "\r\n", "\r", " ", "   ", ".", ",", ";", ":", "?", "!", "…", "—", "–", "-",
];

const SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", ". ", ", "];

/** Any UTF-16 code unit, lone surrogates included: what a broken page or file can contain. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Arbitrary Unicode: graphemes, any code point, or raw code units. */
export const unicodeText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: anyCodeUnit, maxLength: 120 }),
);

const capitalisedWord = fc
  .tuple(fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"), fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), maxLength: 8 }))
  .map(([first, rest]) => first + rest);

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NEWS_SENTENCES) },
  { weight: 5, arbitrary: fc.constantFrom(...NOISE) },
  { weight: 2, arbitrary: capitalisedWord },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9,.]{1,20}$/) },
);

/** A mixture of real news sentences and noise. */
export const mixedText = fc
  .array(fc.tuple(fragment, fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([text, separator]) => text + separator).join(""));

/** A fragment repeated many times: thousands of "said", capitalised runs, unclosed quotes. */
export const repetitiveText = fc
  .tuple(
    fc.oneof(fc.constantFrom(...NOISE, "said", "Bloomberg said", "“", "CSIS (CSIS)", "Capital Letters Everywhere"), capitalisedWord),
    fc.constantFrom(...SEPARATORS),
    fc.integer({ min: 50, max: 2_000 }),
    fc.constantFrom(...NEWS_SENTENCES),
  )
  .map(([piece, separator, count, sentence]) => `${sentence} ${(piece + separator).repeat(count)}${sentence}`);

/** HTML-like strings: tags, entities and attributes between words. */
export const htmlLikeText = fc
  .array(
    fc.oneof(
      fc.constantFrom("<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>", "<br>", "<script>", "</script>", "<style>", "</style>",
        "<article>", "</article>", "<nav>", "</nav>", "<aside>", "<pre>", "</pre>", "<span hidden>", "</span>", "<h1>", "</h1>",
        "<a href=\"http://x\">", "</a>", "<!--", "-->", "&amp;", "&lt;", "&quot;", "&#8220;", "&#x1F600;", "<img src=x onerror=alert(1)>",
        "<p", "<", ">", "</", "<![CDATA[", "]]>", "<table><tr><td>", "</td></tr></table>", "<ul><li>", "</li></ul>", "<template>", "<noscript>"),
      fc.constantFrom(...NEWS_SENTENCES),
      fc.constantFrom(...NOISE),
      capitalisedWord,
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

/** The whole hostile input space for text. */
export const hostileText = fc.oneof(
  { weight: 3, arbitrary: unicodeText },
  { weight: 5, arbitrary: mixedText },
  { weight: 2, arbitrary: htmlLikeText },
  { weight: 1, arbitrary: repetitiveText },
);

/**
 * A huge text (a paragraph or many): the few runs that test size rather than variety. `maxTimes`
 * bounds the repetitions of a unit of 5 to 30 fragments (up to ~1.2 KB): 40 gives up to ~50 KB.
 */
export function hugeTextOf(maxTimes: number) {
  return fc
    .tuple(fc.array(fc.constantFrom(...NEWS_SENTENCES, ...NOISE), { minLength: 5, maxLength: 30 }), fc.integer({ min: Math.ceil(maxTimes / 4), max: maxTimes }), fc.boolean())
    .map(([parts, times, paragraph]) => Array.from({ length: times }, () => parts.join(" ")).join(paragraph ? " " : "\n\n"));
}

/** Dates as pages write them, well-formed or not. */
const dateLike = fc.oneof(
  fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2024-02-30", "2023-13-01", "0000-00-00", "9999-12-31", "2024-02-29T25:61:61Z", "yesterday", "", "  ", "Tue, 12 Mar 2024 10:00:00 GMT"),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);

/** What a (hostile) page says about itself. */
export const pageMeta = fc.record({
  url: fc.option(fc.constantFrom("https://example.com/a", "http://x", "not a url", "javascript:alert(1)"), { nil: null }),
  canonicalUrl: fc.option(fc.constantFrom("https://example.com/a", "", "//x"), { nil: null }),
  title: fc.option(fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), fc.constantFrom(...NEWS_SENTENCES)), { nil: null }),
  jsonLd: fc.array(
    fc.oneof(
      dateLike.map((date) => JSON.stringify({ "@type": "NewsArticle", datePublished: date, dateModified: date })),
      dateLike.map((date) => JSON.stringify([{ "@graph": [{ "@type": "Article", datePublished: date }] }])),
      fc.constantFrom("{", "null", "[]", "{\"datePublished\": 12}", "{\"datePublished\": null}", "{\"@graph\": {}}"),
      fc.string({ maxLength: 40 }),
    ),
    { maxLength: 3 },
  ),
  meta: fc.array(
    fc.record({
      key: fc.constantFrom("article:published_time", "article:modified_time", "date", "pubdate", "og:updated_time", "description", "x"),
      content: dateLike,
    }),
    { maxLength: 4 },
  ),
  times: fc.array(fc.record({ datetime: dateLike, text: dateLike }), { maxLength: 3 }),
  bylineText: fc.option(fc.oneof(dateLike, fc.constantFrom("By Jane Doe, March 3, 2024", "Updated 2 hours ago")), { nil: null }),
});

/** A publication date given by the user (always well-formed: the CLI validates it). */
export const publishedOption = fc.option(
  fc.date({ min: new Date("1950-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);
