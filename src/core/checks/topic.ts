/**
 * A rough test that two stretches of text are about the same thing: they share content words,
 * compared by their first five letters so that "soldiers"/"soldier" and "Russia"/"Russian" meet.
 */
const STOP = new Set([
  "about", "above", "after", "again", "against", "also", "among", "another", "because", "been", "before", "being",
  "between", "both", "could", "during", "each", "every", "from", "further", "have", "having", "here", "into", "itself",
  "just", "least", "less", "many", "more", "most", "much", "must", "never", "only", "other", "over", "same", "should",
  "since", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through",
  "under", "until", "upon", "very", "were", "what", "when", "where", "which", "while", "will", "with", "would", "your",
  "said", "says", "according", "reported", "stated", "told", "year", "years", "month", "months", "week", "weeks",
  "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "number", "recent", "recently",
]);

export function topicStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z]{4,}/g)) {
    if (!STOP.has(m[0])) stems.add(m[0].slice(0, 5));
  }
  return stems;
}

export function sharedStems(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared;
}
