/** The home as the exports print it: the document's home without the logo's hash (main hashes the logo it gets). */
import type { AppraisalDocument } from '../../shared/documents/appraisalDocument';

export function exportHome(home: AppraisalDocument['home']) {
  return { name: home.name, address: home.address, cqcLocationId: home.cqcLocationId };
}
