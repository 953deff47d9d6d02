import { extractClaims } from "../src/core/extract";
const text = `KYIV, Ukraine (AP) — Russian forces launched a massive drone attack overnight, Ukraine's air force said on Sunday.

“This is terror against civilians,” President Volodymyr Zelensky said in his nightly address. “We need more air defense.”

The Kremlin denied targeting civilian infrastructure. Kremlin spokesman Dmitry Peskov told reporters that the strikes hit military targets.

Dmitry Kuleba, a senior adviser to the Ukrainian government, said the attack was the largest this year.

According to a statement from the Polish army, two jets were scrambled. The Pentagon declined to comment.

NATO Secretary General Mark Rutte warned on Tuesday that Europe must spend more on defense. He added that the alliance was united.

The Financial Times reported, citing three people briefed on the talks, that a deal was close. The paper said negotiations would resume next week.

Officials in Brussels expect sanctions to be extended, diplomats said.

Read more: Ukraine war latest
Share this article
(Photo: Reuters)`;
for (const c of extractClaims(text)) console.log(JSON.stringify(c.cue.text), "|", JSON.stringify(c.source?.text ?? null), c.sourceType, c.resolvedSource ?? "", "| date:", c.date?.text ?? "", "| via:", c.via ?? "", "| content:", (c.content?.text ?? "").slice(0, 60));
