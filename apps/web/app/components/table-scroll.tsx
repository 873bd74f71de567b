import type { ReactNode } from "react";

/**
 * A wide table's box, scrolling sideways on a narrow screen instead of widening the page. It is
 * a named region that takes keyboard focus, so keyboard users can scroll it with the arrow keys.
 */
export function TableScroll({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className ? `table-wrap ${className}` : "table-wrap"}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
