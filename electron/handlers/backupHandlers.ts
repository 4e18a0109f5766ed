/** SCAFFOLD (replaced in this session by the backup service): the backup:* channels. */
import type { Handlers } from './handlerTypes';
import { UserFacingError } from './userFacingError';

type BackupChannel = Extract<keyof Handlers, `backup:${string}`>;

const notYet = () => Promise.reject(new UserFacingError('Backups are not available yet.'));

export function createBackupHandlers(): Pick<Handlers, BackupChannel> {
  return {
    'backup:status': notYet,
    'backup:list': notYet,
    'backup:begin': notYet,
    'backup:writeChunk': notYet,
    'backup:finish': notYet,
    'backup:cancel': notYet,
    'backup:chooseFile': notYet,
    'backup:check': notYet,
    'backup:readDatabase': notYet,
    'backup:restored': notYet,
    'backup:chooseFolder': notYet,
    'backup:copyOff': notYet,
  };
}
