/**
 * manifest.json: the SHA-256 and size of every other file in a pack, so an inspector can check
 * each file without the app (certutil or sha256sum) and the app can name any file that changed.
 * It does not list itself.
 */
import { z } from 'zod';

const packManifestFormat = 'care-appraisals/pack-manifest';
export const manifestFileName = 'manifest.json';

const packKinds = ['inspection-pack', 'subject-access'] as const;
export type PackKind = (typeof packKinds)[number];

const manifestFileSchema = z.object({
  name: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const packManifestSchema = z.object({
  format: z.literal(packManifestFormat),
  formatVersion: z.literal(1),
  kind: z.enum(packKinds),
  generatedAt: z.iso.datetime({ offset: true }),
  files: z.array(manifestFileSchema),
});
type PackManifest = z.infer<typeof packManifestSchema>;

export function manifestText(kind: PackKind, generatedAt: Date, files: readonly ManifestFile[]): string {
  const manifest: PackManifest = {
    format: packManifestFormat,
    formatVersion: 1,
    kind,
    generatedAt: generatedAt.toISOString(),
    files: [...files],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
