/** "1 person", "12 people": a count with the right form of its noun, in one place for every screen and file. */
export function countOf(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
