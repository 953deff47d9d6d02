/**
 * Accessibility probes for the a11y suite: the roles that must carry a name, and a WCAG contrast
 * check computed from getComputedStyle (run inside the page, or on styles read over CDP).
 */

/** Roles a keyboard or screen-reader user operates: each needs an accessible name. */
export const INTERACTIVE_ROLES = new Set([
  "button", "link", "checkbox", "radio", "textbox", "searchbox", "combobox", "listbox", "option", "switch",
  "tab", "menuitem", "slider", "spinbutton", "menuitemcheckbox", "menuitemradio", "treeitem",
]);

/** The unnamed interactive nodes of a CDP Accessibility.getFullAXTree answer. */
export function unnamedInteractive(nodes) {
  return nodes
    .filter((node) => !node.ignored && INTERACTIVE_ROLES.has(node.role?.value) && !String(node.name?.value ?? "").trim())
    .map((node) => `${node.role.value} (backend node ${node.backendDOMNodeId})`);
}

/**
 * Runs in the page, on `root` (document.body or a shadow root): every visible element with its own text, its text and effective background
 * colours (alpha layers composited over the canvas), and whether its size counts as large text.
 * Returns the ones under 4.5:1 (3:1 for large text), and how many were checked.
 */
export function lowContrastIn(root) {
  const parse = (value) => {
    const match = /^rgba?\(([^)]+)\)$/.exec(value.trim());
    if (!match) return null;
    const parts = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [parts[0], parts[1], parts[2], parts[3] ?? 1];
  };
  const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3]));
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  const dark = matchMedia("(prefers-color-scheme: dark)").matches;
  const canvas = parse(getComputedStyle(document.documentElement).backgroundColor);
  const base = canvas && canvas[3] === 1 ? canvas.slice(0, 3) : dark ? [18, 18, 18] : [255, 255, 255];
  const failures = [];
  let checked = 0;
  for (const element of root.querySelectorAll("*")) {
    const ownText = [...element.childNodes].some((node) => node.nodeType === 3 && node.data.trim());
    const field = element.matches("input:not([type=checkbox]):not([type=radio]):not([type=color]):not([type=file]), select, textarea");
    if (!ownText && !field) continue;
    const style = getComputedStyle(element);
    if (style.visibility !== "visible" || element.getClientRects().length === 0 || element.closest("[aria-hidden=true], .visually-hidden")) continue;
    // The background: every ancestor's layer from the root down; opacity fades the text toward it.
    const chain = [];
    let opacity = 1;
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
      const computed = getComputedStyle(node);
      chain.unshift(parse(computed.backgroundColor));
      opacity *= Number(computed.opacity);
    }
    let background = base;
    for (const layer of chain) if (layer) background = over(layer, background);
    const colour = parse(style.color);
    if (!colour) {
      failures.push({ text: element.textContent.trim().slice(0, 40), problem: `colour ${style.color} not read` });
      continue;
    }
    const text = over([colour[0], colour[1], colour[2], colour[3] * opacity], background);
    const size = Number.parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    const measured = ratio(text, background);
    checked++;
    if (measured < needed) {
      failures.push({ text: (element.textContent || element.value || element.localName).trim().slice(0, 40), class: element.className, ratio: Number(measured.toFixed(2)), needed });
    }
  }
  return { checked, failures };
}
