/**
 * The key a review is stored under: the article's canonical URL, falling back to the page URL,
 * normalised so that the same article reached by another link (tracking parameters, a fragment,
 * an upper-case host) finds the same review.
 */

/** Query parameters that say how a reader arrived, not which article they read. */
const TRACKING_PARAMS = new Set([
  "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
  "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid",
  "ref_src", "ref_url", "cmpid", "ocid", "smid", "s_cid", "share", "at_medium", "at_campaign",
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || TRACKING_PARAMS.has(lower);
}

/** The URL without fragment and tracking parameters, host in lower case; null when it is not a URL. */
export function normaliseArticleUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(raw.trim()) : new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (!["http:", "https:", "file:"].includes(url.protocol)) return null;
  url.hash = "";
  url.hostname = url.hostname.toLowerCase();
  for (const name of [...url.searchParams.keys()]) if (isTrackingParam(name)) url.searchParams.delete(name);
  // URLSearchParams re-encodes what remains; an emptied query leaves a bare "?" behind.
  if (url.search === "?") url.search = "";
  return url.toString();
}

function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/**
 * The article key. The canonical URL is trusted only when it stays on the page's own site: a page
 * is hostile input and must not be able to read or overwrite the review of another site's article.
 */
export function articleKey(canonicalUrl: string | null, pageUrl: string | null): string | null {
  const page = pageUrl ? normaliseArticleUrl(pageUrl) : null;
  const canonical = canonicalUrl ? normaliseArticleUrl(canonicalUrl, page ?? undefined) : null;
  if (canonical && (!page || siteOf(canonical) === siteOf(page))) return canonical;
  return page;
}
