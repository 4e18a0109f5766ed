/**
 * How a framework version is named on screen: its name and its own version number, said as the
 * framework's, so it is not mistaken for the version of a record.
 */
export function frameworkLabel(framework: { name: string; version: number }): string {
  return `${framework.name}, version ${framework.version}`;
}
