/** Known super-linear cases found by the hardening suite: "target / input" -> the bug (docs/hardening.md). */
export const KNOWN_SUPERLINEAR: Record<string, string> = {};
