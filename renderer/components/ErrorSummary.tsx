/**
 * The list of problems at the top of a form, each linking to its field. Shown after a save
 * is refused; the field itself also gets focus and its own message.
 */
export interface ErrorSummaryItem {
  fieldId: string;
  message: string;
}

export function ErrorSummary({ items }: { items: readonly ErrorSummaryItem[] }) {
  if (items.length === 0) return null;
  return (
    <div className="error-summary" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {items.length === 1 ? 'There is a problem' : `There are ${items.length} problems`}
      </h2>
      <p className="error-summary__intro">Nothing has been saved yet. Please check:</p>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={item.fieldId}>
            {/* The hash router owns the URL fragment, so the link moves focus itself. */}
            <a
              href={`#${item.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(item.fieldId)?.focus();
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
