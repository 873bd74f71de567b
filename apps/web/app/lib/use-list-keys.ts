import { useEffect } from "react";

/** Marks the link of each item a list's `j`/`k` keys move through. */
export const LIST_ITEM_ATTRIBUTE = "data-list-item";

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * `j` moves focus to the next item of the page's list, `k` to the previous one (Enter then
 * opens it, as on any link). Keys typed into a field, or with a modifier, are left alone.
 */
export function useListKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "j" && event.key !== "k") return;
      if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
      const items = Array.from(document.querySelectorAll<HTMLElement>(`[${LIST_ITEM_ATTRIBUTE}]`));
      if (items.length === 0) return;
      const current = items.findIndex(
        (item) => item === document.activeElement || item.contains(document.activeElement),
      );
      const next =
        current === -1
          ? event.key === "j"
            ? 0
            : items.length - 1
          : Math.min(items.length - 1, Math.max(0, current + (event.key === "j" ? 1 : -1)));
      event.preventDefault();
      items[next]?.focus();
      items[next]?.scrollIntoView({ block: "nearest" });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
