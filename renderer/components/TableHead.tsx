/**
 * A table's row of column headings. With `actionsLabel`, a last column over each row's buttons
 * or links, whose heading only screen readers read ("Actions").
 */
interface TableHeadProps {
  columns: readonly string[];
  actionsLabel?: string;
}

export function TableHead({ columns, actionsLabel }: TableHeadProps) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
        {actionsLabel !== undefined && (
          <th scope="col">
            <span className="visually-hidden">{actionsLabel}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
