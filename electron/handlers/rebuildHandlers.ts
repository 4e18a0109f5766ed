/** SCAFFOLD (replaced in this session): the rebuild:* channels. */
import type { Handlers } from './handlerTypes';
import { UserFacingError } from './userFacingError';

type RebuildChannel = Extract<keyof Handlers, `rebuild:${string}`>;

const notYet = () => Promise.reject(new UserFacingError('Rebuilding is not available yet.'));

export function createRebuildHandlers(): Pick<Handlers, RebuildChannel> {
  return { 'rebuild:readSealed': notYet, 'rebuild:finished': notYet };
}
