import { Link } from "@remix-run/react";

/** Hrefs already made, by name: a search page links the same few speakers many times. */
const hrefs = new Map<string, string>();
/** Names kept at most (the map starts again past it: names come from data and URLs). */
const HREFS_KEPT = 5000;

/** A speaker's page from their name (the list resolves it; a merged duplicate leads on). */
export function speakerHref(name: string): string {
  let href = hrefs.get(name);
  if (href === undefined) {
    href = `/speakers?${new URLSearchParams({ name }).toString()}`;
    if (hrefs.size >= HREFS_KEPT) hrefs.clear();
    hrefs.set(name, href);
  }
  return href;
}

/**
 * A speaker's name linking to their page; "Unknown speaker" (not a link) without one. `plain`
 * renders an `<a>` for a list that navigates with useClientNavigation (lib/client-navigation.ts).
 */
export function SpeakerLink({
  name,
  className,
  children,
  plain = false,
}: {
  name: string | null;
  className?: string;
  /** the link's text when it is not the name (then the name labels the link) */
  children?: React.ReactNode;
  plain?: boolean;
}) {
  if (!name) return <>Unknown speaker</>;
  const label = children ? `${name}: speaker page` : undefined;
  if (plain)
    return (
      <a href={speakerHref(name)} className={className} aria-label={label}>
        {children ?? name}
      </a>
    );
  return (
    <Link to={speakerHref(name)} className={className} aria-label={label}>
      {children ?? name}
    </Link>
  );
}
