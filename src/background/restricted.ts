/** Recognises the browsers' refusals to run scripts on a page (browser pages, web stores, no permission). */
const REFUSALS = [
  /cannot access/i,
  /cannot be scripted/i,
  /missing host permission/i,
  /extensions gallery/i,
  /must request permission/i,
  /no tab with id/i,
];

export function isRestrictedError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return REFUSALS.some((pattern) => pattern.test(text));
}
