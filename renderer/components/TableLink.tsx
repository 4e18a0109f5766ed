/**
 * A link to one of the app's screens, for the cells of a WindowedTable. It is a plain anchor
 * (its address works on its own, as the hash router's addresses do); the table it sits in
 * follows it as a router link would (useTableLinks). A router Link in every row resolved its
 * route and set up its own handlers for each row drawn: most of what scrolling a long list
 * allocated, and the garbage collection that followed held up frames on a slow PC.
 */
import type { ReactNode } from 'react';

interface TableLinkProps {
  /** The screen's path, as paths.ts gives it ("/staff/…"). */
  to: string;
  className?: string;
  'aria-label'?: string;
  children: ReactNode;
}

export function TableLink({ to, className, 'aria-label': label, children }: TableLinkProps) {
  return (
    <a href={`#${to}`} data-route={to} className={className} aria-label={label}>
      {children}
    </a>
  );
}
