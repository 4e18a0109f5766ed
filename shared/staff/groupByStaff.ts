/** Rows grouped by the person they belong to, each group in the rows' own order. */
export function groupByStaff<S extends { staffId: string }>(rows: readonly S[]): Map<string, S[]> {
  const byStaff = new Map<string, S[]>();
  for (const row of rows) {
    const list = byStaff.get(row.staffId);
    if (list === undefined) byStaff.set(row.staffId, [row]);
    else list.push(row);
  }
  return byStaff;
}
