/** Arrow keys move through the popup's clickable items (findings and claims), Home and End jump. */
const ITEMS = "button.claim, .finding button.link";

export function moveFocus(event: KeyboardEvent, container: HTMLElement): void {
  if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(event.key)) return;
  const items = Array.from(container.querySelectorAll<HTMLElement>(ITEMS));
  if (items.length === 0) return;
  const current = items.indexOf(container.ownerDocument.activeElement as HTMLElement);
  const last = items.length - 1;
  const next =
    event.key === "Home" ? 0
    : event.key === "End" ? last
    : event.key === "ArrowDown" ? (current < 0 ? 0 : Math.min(last, current + 1))
    : current < 0 ? last : Math.max(0, current - 1);
  event.preventDefault();
  items[next]!.focus();
}
