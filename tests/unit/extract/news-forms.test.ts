import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

// Written for these tests (not from the training corpus): forms of wire copy about other topics.
const text = `KYIV, Ukraine (AP) — Russian forces launched a massive drone attack overnight, Ukraine's air force said on Sunday.

“This is terror against civilians,” President Volodymyr Zelensky said in his nightly address.

According to a statement from the Polish army, two jets were scrambled.

NATO Secretary General Mark Rutte warned on Tuesday that Europe must spend more on defense. He added that the alliance was united.

The Financial Times reported, citing three people briefed on the talks, that a deal was close. The paper said negotiations would resume next week.`;

const claims = claimsOf(text);
const bySource = (source: string) => {
  const found = claims.find((c) => c.source?.text === source);
  if (!found) throw new Error(`no claim from "${source}": ${claims.map((c) => c.source?.text).join("; ")}`);
  return found;
};

describe("wire-copy forms", () => {
  it("leaves the dateline out of the content", () => {
    const claim = bySource("Ukraine's air force");
    expect(claim.content?.text).toBe("Russian forces launched a massive drone attack overnight");
    expect(claim.date?.text).toBe("on Sunday");
  });

  it("takes the quotation before 'X said in ...' as content", () => {
    expect(bySource("President Volodymyr Zelensky").content?.text).toBe("“This is terror against civilians,”");
  });

  it("drops the preposition from 'a statement from X'", () => {
    expect(bySource("the Polish army").content?.text).toBe("two jets were scrambled");
  });

  it("resolves 'He' past a title to the person", () => {
    expect(bySource("NATO Secretary General Mark Rutte").date?.text).toBe("on Tuesday");
    expect(bySource("He").resolvedSource).toBe("Mark Rutte");
  });

  it("relays 'citing' and resolves 'the paper'", () => {
    const ft = bySource("The Financial Times");
    expect(ft.content?.text).toBe("that a deal was close");
    const cited = bySource("three people briefed on the talks");
    expect(cited.via).toBe(ft.id);
    expect(bySource("The paper").resolvedSource).toBe("The Financial Times");
  });
});
