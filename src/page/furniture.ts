/**
 * Page furniture recognised by its id and class names: comments, related links, ads, cookie and
 * consent banners, share buttons, newsletter boxes. Names are split into words on spaces, "-" and
 * "_" and looked up in sets, so the test is linear in the attribute's length and "shared" or
 * "address" do not match "share" or "ad".
 */

/** Whole words of a class or id that mark furniture. */
const FURNITURE_WORDS = new Set([
  "comment", "comments", "commentlist", "disqus", "replies",
  "related", "recommended", "recommendations", "more-stories", "readmore", "read-more", "outbrain", "taboola",
  "ad", "ads", "advert", "advertisement", "adslot", "sponsored", "promo",
  "cookie", "cookies", "consent", "gdpr", "cmp", "onetrust", "cookiebanner", "didomi", "usercentrics",
  "share", "sharing", "social", "sharebar",
  "newsletter", "subscribe", "paywall",
  "breadcrumb", "breadcrumbs", "sidebar", "menu",
]);

/** Substrings that mark furniture wherever they occur in a name ([class*=comment] and the like). */
const FURNITURE_SUBSTRINGS = ["comment", "cookie", "consent", "onetrust", "taboola", "outbrain"];

/** Elements that hold a whole page or article: their class names often mention "comments-open" and the like. */
const CONTAINER_TAGS = new Set(["html", "body", "main", "article"]);

export function isFurniture(element: Element): boolean {
  if (CONTAINER_TAGS.has(element.localName)) return false;
  const names = `${element.id} ${element.getAttribute("class") ?? ""}`.toLowerCase();
  if (names.length < 2) return false;
  for (const word of names.split(/[\s_]+/)) {
    if (word === "") continue;
    if (FURNITURE_WORDS.has(word)) return true;
    for (const part of word.split("-")) if (FURNITURE_WORDS.has(part)) return true;
  }
  return FURNITURE_SUBSTRINGS.some((needle) => names.includes(needle));
}
