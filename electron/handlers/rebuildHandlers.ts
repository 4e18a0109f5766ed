/**
 * The rebuild:* channels: "Rebuild records from the signed documents" reads every sealed
 * document back out of the vault, a page at a time, and logs the rebuild once the working
 * store holds them again. Main counts the sealed documents itself for the log.
 */
import {
  countSealed,
  listSealedById,
  readSealedPage,
  type SealedListing,
} from '../services/rebuild/sealedPages';
import type { DocumentServices, Handlers } from './handlerTypes';

type RebuildChannel = Extract<keyof Handlers, `rebuild:${string}`>;

export function createRebuildHandlers({ vault, audit }: DocumentServices): Pick<Handlers, RebuildChannel> {
  // The vault's listing, read once when a rebuild starts (`after: null`) rather than on every
  // page: thousands of seal records read again per page would make a rebuild quadratic.
  let listing: Promise<SealedListing> | null = null;

  return {
    'rebuild:readSealed': async ({ after, limit }) => {
      if (after === null || listing === null)
        listing = listSealedById(vault).catch((error: unknown) => {
          listing = null;
          throw error;
        });
      return readSealedPage(vault, await listing, after, limit);
    },

    'rebuild:finished': async ({ actor }) => {
      listing = null;
      const documents = await countSealed(vault);
      await audit.append({
        actor,
        action: 'rebuild',
        entityId: 'records',
        fingerprint: null,
        detail: `Records rebuilt from ${documents === 1 ? '1 signed document' : `${documents} signed documents`} in the vault.`,
      });
      return { documents };
    },
  };
}
