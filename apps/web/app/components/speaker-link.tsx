import { Link } from "@remix-run/react";

/** A speaker's page from their name (the list resolves it; a merged duplicate leads on). */
export function speakerHref(name: string): string {
  return `/speakers?${new URLSearchParams({ name }).toString()}`;
}

/** A speaker's name linking to their page; "Unknown speaker" (not a link) without one. */
export function SpeakerLink({
  name,
  className,
  children,
}: {
  name: string | null;
  className?: string;
  /** the link's text when it is not the name (then the name labels the link) */
  children?: React.ReactNode;
}) {
  if (!name) return <>Unknown speaker</>;
  return (
    <Link
      to={speakerHref(name)}
      className={className}
      aria-label={children ? `${name}: speaker page` : undefined}
    >
      {children ?? name}
    </Link>
  );
}
