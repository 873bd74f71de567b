import { useNavigate } from "@remix-run/react";
import type { MouseEvent } from "react";

/**
 * One click handler for every plain `<a href>` inside an element: a plain left click on a link
 * to this site navigates in the app, as a Remix `<Link>` does, without a `<Link>` per link.
 * A search page has about 60 links, and each `<Link>` resolved its path, ran its prefetch and
 * click hooks and rendered a wrapper in the server render: about a tenth of the page's server
 * CPU (decision 023). Modified clicks, other targets, downloads and other sites are left to
 * the browser.
 */
export function useClientNavigation(): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!(anchor instanceof HTMLAnchorElement) || !event.currentTarget.contains(anchor)) return;
    if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return;
    const url = new URL(anchor.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  };
}
