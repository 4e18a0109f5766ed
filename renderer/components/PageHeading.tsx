/**
 * A screen's h1. It takes focus when the screen opens, so keyboard and screen-reader users
 * start at the top of the new screen, and it names the window.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  useEffect(() => {
    document.title = `${title} – Care Appraisals`;
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
