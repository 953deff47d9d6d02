/**
 * Waits for the page to stop scrolling: revealing a claim scrolls to it (smoothly, for most
 * readers), and its card, placed by the highlight's position, must be shown where the highlight
 * ends up. Our highlighters hide the card on every scroll, so it is shown after the last one.
 */
const QUIET_MS = 150;

/** Calls `callback` once no scroll event has come for QUIET_MS; returns a function that cancels it. */
export function afterScrollSettles(doc: Document, callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const onScroll = () => restart();
  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    doc.removeEventListener("scroll", onScroll, { capture: true });
  };
  const restart = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      stop();
      callback();
    }, QUIET_MS);
  };
  doc.addEventListener("scroll", onScroll, { capture: true, passive: true });
  restart();
  return stop;
}
