/**
 * "Check the audit log" on a large home: the chain, then every sealed document's PDF signature
 * judged against its seal event (read from the vault, verified, its hash compared). Each check
 * is itself logged, as in the app.
 */
import { handlerSetup } from '../fixtures/handlerDeps';
import { measure, type Measurement } from './measure';
import { seedVault } from './seedVault';

export async function benchmarkAuditCheck(documents = 5_000): Promise<Measurement> {
  const setup = handlerSetup({ now: () => new Date() });
  try {
    await seedVault(setup.dataFolder, documents, () => new Date());
    const check = () => setup.call('audit:verify', { actor: 'registered-manager' });
    const first = await check();
    if (first.signaturesChecked !== documents || first.signatureProblems.length > 0)
      throw new Error(`The seeded vault did not check clean: ${first.signatureProblems.join(' ')}`);
    return await measure(
      `Check the audit log, ${documents.toLocaleString('en-GB')} sealed documents`,
      'the chain, then each sealed PDF read from the vault and its signature verified against its seal event',
      check,
      { minRuns: 3, minTimeMs: 0 },
    );
  } finally {
    setup.remove();
  }
}
