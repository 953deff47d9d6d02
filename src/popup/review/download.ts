/**
 * Saves a text the user asked to export as a file: a Blob URL on an <a download>, clicked. No
 * `downloads` permission is needed, and nothing leaves the browser.
 */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser reads the Blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from an article key: its host and path, reduced to safe characters. */
export function exportFileName(articleKey: string, suffix: string): string {
  const base = articleKey.replace(/^[a-z]+:\/+/i, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
  return `sourcelight-review-${base || "article"}${suffix}`;
}
