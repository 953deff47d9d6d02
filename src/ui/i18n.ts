/**
 * The extension pages' words (popup and options), from the browser's i18n (_locales/<lang>/messages.json). The entry point
 * installs the platform's lookup; tests install one that reads _locales/en.
 */
import type english from "../../_locales/en/messages.json";

export type MessageName = keyof typeof english;
type Lookup = (name: string, substitutions: string[]) => string;

let lookup: Lookup = (name) => name;

export function setMessageLookup(next: Lookup): void {
  lookup = next;
}

export function t(name: MessageName, ...substitutions: (string | number)[]): string {
  return lookup(name, substitutions.map(String)) || name;
}

/** "1 claim" / "3 claims": English-style plurals through two messages. */
export function count(n: number, one: MessageName, many: MessageName): string {
  return n === 1 ? t(one) : t(many, n);
}
