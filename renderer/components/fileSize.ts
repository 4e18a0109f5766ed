/**
 * A file's size as a manager compares them at a glance, the way Windows Explorer counts
 * (1 KB = 1,024 bytes): backups, packs and bundles all say it the same way.
 * 512 → "512 bytes", 1536 → "1.5 KB", 256,000 → "250 KB", 3.25 MiB → "3.3 MB".
 */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'] as const;
  let size = bytes / 1024;
  let unit: (typeof units)[number] = 'KB';
  for (const next of units.slice(1)) {
    if (size < 1024) break;
    size /= 1024;
    unit = next;
  }
  return `${size < 10 ? size.toFixed(1) : Math.round(size)} ${unit}`;
}
