/**
 * Finds every HTML sink in a built bundle and says which ones could be fed by anything but a
 * constant string. The bundles are what runs, so this also covers library code that the source
 * conventions test (tests/unit/conventions.test.ts) cannot see.
 *
 * A sink is an assignment to innerHTML / outerHTML / srcdoc, a call of insertAdjacentHTML,
 * document.write(ln), createContextualFragment or setHTMLUnsafe, or a `dangerouslySetInnerHTML`
 * prop or an innerHTML / outerHTML / srcdoc prop (object keys: what JSX compiles to). A sink is safe when its HTML is a constant
 * (a string literal, a template without expressions, or a concatenation of those), or when it
 * matches an allowlisted library pattern whose input we show we never provide.
 */
import { parse } from "acorn";

const ASSIGNED = new Set(["innerHTML", "outerHTML", "srcdoc"]);
const CALLED = new Set(["insertAdjacentHTML", "write", "writeln", "createContextualFragment", "setHTMLUnsafe"]);
/** Which argument of a called sink carries the HTML. */
const HTML_ARGUMENT = { insertAdjacentHTML: 1, write: 0, writeln: 0, createContextualFragment: 0, setHTMLUnsafe: 0 };

/**
 * Library internals allowed, each with the reason. `matches` sees the sink; `condition` must hold
 * on the whole bundle for the allowance to apply.
 */
export const ALLOWLIST = [
  {
    name: "preact-dangerouslySetInnerHTML",
    reason:
      "Preact's diff applies a `dangerouslySetInnerHTML` prop as `dom.innerHTML = props.dangerouslySetInnerHTML.__html`. " +
      "It is only fed by that prop, so it is safe as long as no code in the bundle ever sets the prop or builds an `__html` object.",
    matches: (sink) => sink.kind === "assign" && sink.property === "innerHTML" && isMember(sink.value, "__html"),
    condition: (facts) => facts.dangerousProps.length === 0 && facts.htmlObjects.length === 0,
  },
];

/** Every sink in `code`, each `{ kind, property, line, column, snippet, verdict, reason }`. */
export function findSinks(code) {
  const ast = parse(code, { ecmaVersion: "latest", sourceType: "module", locations: true, allowHashBang: true });
  const sinks = [];
  const facts = { dangerousProps: [], htmlObjects: [] };
  walk(ast, (node) => {
    if (node.type === "AssignmentExpression" && node.left.type === "MemberExpression") {
      const property = propertyName(node.left);
      if (ASSIGNED.has(property)) sinks.push({ kind: "assign", property, node, value: node.right });
    } else if (node.type === "CallExpression" && node.callee.type === "MemberExpression") {
      const property = propertyName(node.callee);
      if (!CALLED.has(property)) return;
      // `write` is a sink on a document, not on a stream or a writer: only `document.write` / `x.document.write`.
      if ((property === "write" || property === "writeln") && !isDocument(node.callee.object)) return;
      sinks.push({ kind: "call", property, node, value: node.arguments[HTML_ARGUMENT[property]] });
    } else if (node.type === "Property" && !node.computed) {
      const key = node.key.type === "Identifier" ? node.key.name : node.key.value;
      if (key === "dangerouslySetInnerHTML") {
        facts.dangerousProps.push(node);
        sinks.push({ kind: "prop", property: key, node, value: node.value });
      } else if (ASSIGNED.has(key)) {
        // A JSX prop `innerHTML={...}`: Preact assigns unknown props straight onto the element.
        sinks.push({ kind: "prop", property: key, node, value: node.value });
      } else if (key === "__html") {
        facts.htmlObjects.push(node);
      }
    }
  });
  return sinks.map((sink) => describe(sink, code, facts));
}

/** The sinks that fail: neither constant nor allowed. */
export function unsafeSinks(code) {
  return findSinks(code).filter((sink) => sink.verdict === "unsafe");
}

function describe(sink, code, facts) {
  const { line, column } = sink.node.loc.start;
  const snippet = code.slice(Math.max(0, sink.node.start - 40), Math.min(code.length, sink.node.end + 40));
  const base = { kind: sink.kind, property: sink.property, line, column, snippet };
  if (sink.value && isConstantString(sink.value, sink.kind, sink.property)) return { ...base, verdict: "constant", reason: "a constant string" };
  for (const entry of ALLOWLIST) {
    if (entry.matches(sink) && entry.condition(facts)) return { ...base, verdict: "allowed", reason: `${entry.name}: ${entry.reason}` };
  }
  return { ...base, verdict: "unsafe", reason: "fed by a value that is not a constant string" };
}

/** A string literal, a template without expressions, or `+` of those; for a prop, `{ __html: <constant> }`. */
function isConstantString(node, kind, property) {
  if (kind === "prop" && property === "dangerouslySetInnerHTML") {
    if (node.type !== "ObjectExpression" || node.properties.length !== 1) return false;
    const [only] = node.properties;
    return only.type === "Property" && !only.computed && (only.key.name ?? only.key.value) === "__html" && isConstantString(only.value);
  }
  if (node.type === "Literal") return typeof node.value === "string";
  if (node.type === "TemplateLiteral") return node.expressions.length === 0;
  if (node.type === "BinaryExpression" && node.operator === "+") return isConstantString(node.left) && isConstantString(node.right);
  return false;
}

function propertyName(member) {
  if (!member.computed && member.property.type === "Identifier") return member.property.name;
  if (member.property.type === "Literal") return String(member.property.value);
  if (member.property.type === "TemplateLiteral" && member.property.expressions.length === 0) return member.property.quasis[0].value.cooked;
  return undefined;
}

function isMember(node, name) {
  return node?.type === "MemberExpression" && propertyName(node) === name;
}

function isDocument(node) {
  return (node.type === "Identifier" && node.name === "document") || isMember(node, "document");
}

function walk(node, visit) {
  if (!node || typeof node.type !== "string") return;
  visit(node);
  for (const key of Object.keys(node)) {
    if (key === "loc") continue;
    const child = node[key];
    if (Array.isArray(child)) for (const item of child) walk(item, visit);
    else if (child && typeof child === "object") walk(child, visit);
  }
}
