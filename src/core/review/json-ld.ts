/**
 * JSON for JSON-LD documents. Editors paste these into `<script type="application/ld+json">`, so
 * page text such as `</script>` must not end the script element: `<`, `>` and `&` are written as
 * Unicode escapes, which JSON parsers read back as the same characters.
 */
export function stringifyJsonLd(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `${json}\n`;
}
