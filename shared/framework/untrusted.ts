/**
 * Reading fields from a value that has not been validated yet (an imported file), so that
 * problems can still be located and cross-checked when the shape is wrong. Own properties
 * only, so a key such as "constructor" never reaches the prototype.
 */
export function fieldOf(value: unknown, key: string | number): unknown {
  if (typeof key === 'number') return Array.isArray(value) ? (value as readonly unknown[])[key] : undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.getOwnPropertyDescriptor(value, key)?.value;
}

export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
