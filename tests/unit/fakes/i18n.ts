/** The browser's i18n lookup, on _locales/en: message text with $1..$9 filled in. */
import messages from "../../../_locales/en/messages.json";

const table: Record<string, { message: string }> = messages;

export function englishLookup(name: string, substitutions: string[]): string {
  const entry = table[name];
  if (!entry) return "";
  return entry.message.replace(/\$([1-9])/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? "");
}
