import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle, findArticleSteps } from "../../../src/page/article-root";
import { extractPageText } from "../../../src/page/extract-text";
import { isFurniture } from "../../../src/page/furniture";

const prose = (words: string) => `${words} ${"The council met on Tuesday to discuss the budget for the coming year in detail. ".repeat(2)}`;
const page = (body: string, head = "") => new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;

describe("findArticle", () => {
  it("prefers the semantic container holding most paragraph text, the innermost of nested ones", () => {
    const doc = page(`<main><div class="teaser"><p>${prose("Teaser.")}</p></div><article id="story"><p>${prose("One.")}</p><p>${prose("Two.")}</p><p>${prose("Three.")}</p></article></main>`);
    // main holds the teaser too, but the article holds most of main's text (at least 90% is not the case here): main wins.
    expect(findArticle(doc)?.localName).toBe("main");
    const nested = page(`<main><article id="story"><p>${prose("One.")}</p><p>${prose("Two.")}</p></article></main>`);
    expect(findArticle(nested)?.id).toBe("story");
  });

  it("looks at a page of thousands of paragraphs in steps, finding the same root as one pass", () => {
    const many = Array.from({ length: 1200 }, (_, i) => `<p>${prose(`Part ${i}.`)}</p>`).join("");
    const doc = page(`<main><div class="teaser"><p>${prose("Teaser.")}</p></div><article id="story">${many}</article></main><aside class="comments">${many}</aside>`);
    const steps = findArticleSteps(doc);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(5);
    expect(step.value).toBe(findArticle(doc));
    expect(step.value?.id).toBe("story");
  });

  it("falls back to paragraph density when there is no semantic container", () => {
    const doc = page(`<div id="menu-area"><p>Home</p></div><div id="wrap"><div id="text"><p>${prose("A.")}</p><p>${prose("B.")}</p><p>${prose("C.")}</p></div></div><div id="side"><p>${prose("Side.")}</p></div>`);
    expect(findArticle(doc)?.id).toBe("text");
  });

  it("does not count comments, related links, cookie banners or hidden blocks", () => {
    const doc = page(`
      <div class="cookie-banner"><p>${prose("We use cookies.")}</p><p>${prose("More cookies.")}</p><p>${prose("Even more.")}</p></div>
      <div id="comments"><p>${prose("A reader says.")}</p><p>${prose("Another.")}</p><p>${prose("Third.")}</p></div>
      <div class="related-stories"><p>${prose("Related.")}</p><p>${prose("Related.")}</p><p>${prose("Related.")}</p></div>
      <div aria-hidden="true"><p>${prose("Hidden.")}</p><p>${prose("Hidden.")}</p><p>${prose("Hidden.")}</p></div>
      <div id="body-text"><p>${prose("Real one.")}</p><p>${prose("Real two.")}</p></div>`);
    expect(findArticle(doc)?.id).toBe("body-text");
  });

  it("finds no article on a page of short teasers or a form", () => {
    expect(findArticle(page(`<nav><a href="/">Home</a></nav><form><p>Sign in to continue.</p><input></form>`))).toBeNull();
    const teasers = Array.from({ length: 6 }, (_, i) => `<article><h2>Story ${i}</h2><p>A short teaser line for story ${i}.</p></article>`).join("");
    expect(findArticle(page(teasers))).toBeNull();
  });

  it("follows the JSON-LD articleBody to the paragraph it starts with", () => {
    const body = "Exclusive: the harbour authority has decided to close the northern pier for repairs next month.";
    const doc = page(
      `<main><div id="promo-list"><p>${prose("Promo one.")}</p><p>${prose("Promo two.")}</p><p>${prose("Promo three.")}</p></div></main><div id="story"><p>${body}</p></div>`,
      `<script type="application/ld+json">${JSON.stringify({ "@graph": [{ "@type": "NewsArticle", articleBody: body }] })}</script>`,
    );
    expect(findArticle(doc)?.id).toBe("story");
  });

  it("reads articles inside open shadow roots, slotted text included", () => {
    const doc = page(`<news-story id="host"><span slot="lede">Slotted lede from the light DOM.</span></news-story>`);
    const host = doc.getElementById("host")!;
    const shadow = host.attachShadow({ mode: "open" });
    const article = doc.createElement("article");
    shadow.appendChild(article);
    for (const words of ["One.", "Two.", "Three."]) {
      const p = doc.createElement("p");
      p.textContent = prose(words);
      article.appendChild(p);
    }
    const lede = doc.createElement("p");
    lede.appendChild(doc.createElement("slot")).setAttribute("name", "lede");
    article.prepend(lede);
    expect(findArticle(doc)).toBe(article);
    const { text } = extractPageText(doc);
    expect(text.startsWith("Slotted lede from the light DOM.")).toBe(true);
    expect(text).toContain("Three.");
  });
});

describe("isFurniture", () => {
  const element = (attributes: string) => page(`<div ${attributes}></div>`).body.firstElementChild!;
  it("matches furniture words and substrings, not words that merely contain them", () => {
    for (const attributes of ['id="comments"', 'class="article-comments"', 'class="share-bar"', 'id="onetrust-banner-sdk"', 'class="ad-slot"', 'class="related"', 'class="CommentList"'])
      expect(isFurniture(element(attributes)), attributes).toBe(true);
    for (const attributes of ['class="shared-layout"', 'class="address"', 'id="story"', 'class="headline"', ""])
      expect(isFurniture(element(attributes)), attributes).toBe(false);
  });
  it("never treats the page's containers as furniture", () => {
    expect(isFurniture(page(`<article class="has-comments"></article>`).body.firstElementChild!)).toBe(false);
  });
});
