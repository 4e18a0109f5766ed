/**
 * The signing:* channels: Settings → Document signing asks main what the home signs with, for
 * a new certificate, or to import a provider's .p12. Main decides everything from its own key
 * store; the window only ever gets a SigningStatus, never the key.
 */
import { UserFacingError } from './userFacingError';
import type { DocumentServices, Handlers } from './handlerTypes';

type SigningChannel = Extract<keyof Handlers, `signing:${string}`>;

/** Standard base64, as the window's FileReader gives it (whitespace from line wrapping allowed). */
const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function fileBytes(base64: string): Uint8Array {
  const compact = base64.replace(/\s+/g, '');
  if (compact === '' || !base64Pattern.test(compact))
    throw new UserFacingError(
      'The chosen file did not reach Care Appraisals intact, so nothing was imported. Choose the .p12 file again.',
    );
  return Buffer.from(compact, 'base64');
}

export function createSigningHandlers({ signing }: DocumentServices): Pick<Handlers, SigningChannel> {
  return {
    'signing:status': () => signing.status(),

    'signing:newCertificate': ({ home, actor }) =>
      signing.makeNew({ homeName: home.name, cqcLocationId: home.cqcLocationId }, actor),

    'signing:importP12': async ({ base64, password, actor }) =>
      signing.importP12(fileBytes(base64), password, actor),
  };
}
