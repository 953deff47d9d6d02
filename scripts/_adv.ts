import { extractClaims } from "../src/core/extract";
const gens: Record<string, (n: number) => string> = {
  caps: (n) => "Alpha Beta ".repeat(n / 2) + "said it.",
  said: (n) => "said ".repeat(n),
  smith: (n) => "Smith said. He said. ".repeat(n / 5),
  caps_said: (n) => "Alpha Beta said ".repeat(n / 3),
  noPunct: (n) => "the officials said that the minister told reporters that ".repeat(n / 10),
  quotes: (n) => "“He said ".repeat(n / 3),
  acme: (n) => "Acme Corp said it. He said it. ".repeat(n / 8),
};
for (const [k, g] of Object.entries(gens)) {
  const r = [20000, 40000, 80000].map((n) => { const t = g(n); const s = performance.now(); const c = extractClaims(t).length; return `${(performance.now() - s).toFixed(0)}ms/${c}`; });
  console.log(k, r.join("  "));
}
