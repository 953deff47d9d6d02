/** Pages no extension may script: telling the user up front beats a failed scan. */
const RESTRICTED_PREFIXES = [
  "chrome:", "chrome-extension:", "chrome-search:", "edge:", "about:", "moz-extension:", "view-source:",
  "devtools:", "resource:", "file:", "data:",
  "https://chromewebstore.google.com/", "https://chrome.google.com/webstore", "https://addons.mozilla.org/",
  "https://microsoftedge.microsoft.com/addons",
];

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  return RESTRICTED_PREFIXES.some((prefix) => url.startsWith(prefix));
}
