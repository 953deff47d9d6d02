/**
 * The bundle sink scanner (scripts/lib/bundle-sinks.mjs) on small pieces of code: it must catch
 * each kind of sink fed by a variable, accept constants, and allow Preact's internal innerHTML only
 * while nothing sets dangerouslySetInnerHTML. The scan of the real bundles is the `bundle-sinks`
 * browser suite (it needs dist/).
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module without types
import { findSinks, unsafeSinks } from "../../../scripts/lib/bundle-sinks.mjs";

type Sink = { kind: string; property: string; verdict: string };
const verdicts = (code: string) => (findSinks(code) as Sink[]).map((sink) => `${sink.property}:${sink.verdict}`);
const PREACT_DIFF = "function d(e,f,m){m&&(f.__html==m.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html)}";

describe("bundle sink scanner", () => {
  it.each([
    ["el.innerHTML=t", "innerHTML:unsafe"],
    ["el.outerHTML=a+b", "outerHTML:unsafe"],
    ["el['innerHTML']=t", "innerHTML:unsafe"],
    ["frame.srcdoc=`<p>${t}</p>`", "srcdoc:unsafe"],
    ["el.insertAdjacentHTML('beforeend',t)", "insertAdjacentHTML:unsafe"],
    ["document.write(t)", "write:unsafe"],
    ["w.document.writeln(t)", "writeln:unsafe"],
    ["range.createContextualFragment(t)", "createContextualFragment:unsafe"],
    ["h('div',{dangerouslySetInnerHTML:{__html:t}})", "dangerouslySetInnerHTML:unsafe"],
    ["h('div',{innerHTML:t})", "innerHTML:unsafe"],
  ])("catches %s", (code, expected) => {
    expect(verdicts(code)).toEqual([expected]);
  });

  it.each([
    ["el.innerHTML=''", "innerHTML:constant"],
    ["el.innerHTML='<b>'+`x`+\"</b>\"", "innerHTML:constant"],
    ["el.insertAdjacentHTML('beforeend','<hr>')", "insertAdjacentHTML:constant"],
    ["h('div',{dangerouslySetInnerHTML:{__html:'<hr>'}})", "dangerouslySetInnerHTML:constant"],
  ])("accepts the constant %s", (code, expected) => {
    expect(verdicts(code)).toEqual([expected]);
  });

  it("ignores reads and non-document writes", () => {
    expect(findSinks("a=el.innerHTML;stream.write(t);el.textContent=t")).toEqual([]);
  });

  it("allows Preact's own innerHTML only while nothing sets dangerouslySetInnerHTML", () => {
    expect(verdicts(PREACT_DIFF)).toEqual(["innerHTML:allowed"]);
    expect(unsafeSinks(`${PREACT_DIFF};h('p',{dangerouslySetInnerHTML:{__html:'<hr>'}})`)).toHaveLength(1);
    expect(unsafeSinks(`${PREACT_DIFF};const o={__html:t}`)).toHaveLength(1);
  });
});
