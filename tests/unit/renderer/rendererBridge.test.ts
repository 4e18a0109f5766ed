import { describe, expect, it } from 'vitest';
import { IpcError } from '../../../shared/ipc';
import { withRendererErrors, type CareAppraisalsBridge } from '../../../renderer/api';

const info = {
  productName: 'Care Appraisals',
  version: '0.1.0',
  dataFolder: 'C:\\data',
  runtime: 'electron' as const,
  electronVersion: '45.5.0',
  platform: 'win32',
};

const missingDocument = { status: 'missing' as const, problems: ['The PDF is missing from the vault.'] };

/** What contextBridge hands the renderer: a refusal arrives as a plain Error with the message. */
function bridgedApi(unsubscribed: string[]): CareAppraisalsBridge {
  return {
    app: {
      info: () => Promise.resolve(info),
      startupCheck: () => Promise.reject(new Error('The activity log could not be read.')),
    },
    links: {
      openExternal: () =>
        Promise.reject(new Error('Only secure web links (starting https://) can be opened.')),
    },
    files: { saveTextAs: () => Promise.reject(new Error('The file could not be saved.')) },
    documents: {
      seal: () => Promise.reject(new Error('The PDF cannot show the character "𝔄" in the summary.')),
      renderDraft: () => Promise.reject(new Error('not used')),
      sealState: () => Promise.resolve({ states: [] }),
      readSealed: () => Promise.reject(new Error('The vault holds no sealed document a-v1.')),
      open: () =>
        Promise.resolve({
          documentId: 'a-v1',
          fingerprint: null,
          pdfUrl: null,
          integrity: missingDocument,
          signature: { status: 'broken' as const, signedBy: null, problem: 'The PDF is missing.' },
        }),
      print: () => Promise.resolve({ printed: true, warning: null }),
      saveCopy: () => Promise.resolve({ saved: false as const }),
      openInReader: () => Promise.resolve({ warning: null }),
    },
    audit: {
      record: () => Promise.reject(new Error('The activity log could not be written.')),
      list: () => Promise.resolve({ events: [] }),
      verify: () => Promise.reject(new Error('not used')),
    },
    export: {
      inspectionPack: () => Promise.resolve({ outcome: 'cancelled' as const }),
      subjectAccess: () => Promise.reject(new Error('The bundle could not be saved there.')),
      cancel: () => Promise.resolve({ cancelling: true }),
      verifyPack: () => Promise.resolve({ chosen: false as const }),
      onProgress: () => () => {
        unsubscribed.push('export:progress');
      },
    },
    records: {
      facts: () =>
        Promise.resolve({
          today: '2026-11-28',
          retentionYears: 6,
          retentionRecorded: false,
          leavingDates: [],
        }),
      setLeavingDate: () => Promise.resolve({ changed: true }),
      setRetentionYears: () => Promise.reject(new Error('The activity log could not be written.')),
      destroy: () => Promise.reject(new Error('These records may not be destroyed until 01/05/2031.')),
    },
    backup: {
      status: () => Promise.reject(new Error('The backups folder could not be read.')),
      list: () => Promise.resolve([]),
      begin: () => Promise.resolve({ started: true }),
      writeChunk: () => Promise.resolve({ bytes: 0 }),
      finish: () => Promise.resolve({ outcome: 'cancelled' as const }),
      cancel: () => Promise.resolve({ cancelling: true }),
      chooseFile: () => Promise.resolve({ chosen: false as const }),
      check: () => Promise.reject(new Error('not used')),
      readDatabase: () => Promise.resolve({ text: '', nextOffset: null }),
      restored: () => Promise.reject(new Error('not used')),
      chooseFolder: () => Promise.resolve({ chosen: false as const }),
      copyOff: () => Promise.reject(new Error('The backup folder E:\\ cannot be reached.')),
    },
    signing: {
      status: () =>
        Promise.resolve({ certificate: null, source: null, protection: null, since: null, usable: false }),
      newCertificate: () => Promise.reject(new Error('not used')),
      importP12: () => Promise.reject(new Error('The password is not right for this file.')),
    },
    rebuild: {
      readSealed: () => Promise.resolve({ documents: [], skipped: [], next: null }),
      finished: () => Promise.resolve({ documents: 0 }),
    },
    menu: {
      onNavigate: () => () => {
        unsubscribed.push('menu:navigate');
      },
    },
  };
}

describe('the renderer bridge', () => {
  it('passes answers through unchanged', async () => {
    await expect(withRendererErrors(bridgedApi([])).app.info()).resolves.toEqual(info);
  });

  it('re-raises a failed start-up check as IpcError', async () => {
    const check = withRendererErrors(bridgedApi([])).app.startupCheck();
    await expect(check).rejects.toBeInstanceOf(IpcError);
    await expect(check).rejects.toThrow('The activity log could not be read.');
  });

  it('re-raises a refusal as IpcError with the same plain-English message', async () => {
    const call = withRendererErrors(bridgedApi([])).links.openExternal({ url: 'http://x.org' });
    await expect(call).rejects.toBeInstanceOf(IpcError);
    await expect(call).rejects.toThrow('Only secure web links (starting https://) can be opened.');
  });

  it('re-raises refusals from the document and activity-log calls too', async () => {
    const api = withRendererErrors(bridgedApi([]));
    const document = { documentId: 'a-v1', expectedFingerprint: '0'.repeat(64), actor: 'registered-manager' };
    await expect(api.documents.open(document)).resolves.toMatchObject({ integrity: missingDocument });
    const seal = api.documents.seal({ document: {} as never, logo: null, actor: 'appraiser:a' });
    await expect(seal).rejects.toBeInstanceOf(IpcError);
    await expect(seal).rejects.toThrow('The PDF cannot show the character "𝔄" in the summary.');
    const record = api.audit.record({
      event: { action: 'sign', appraisalId: 'a', party: 'appraisee', method: 'drawn' },
      actor: 'staff:s1',
    });
    await expect(record).rejects.toBeInstanceOf(IpcError);
    const readSealed = api.documents.readSealed({ documentId: 'a-v1' });
    await expect(readSealed).rejects.toBeInstanceOf(IpcError);
    await expect(readSealed).rejects.toThrow('The vault holds no sealed document a-v1.');
    await expect(
      api.documents.print({ documentId: 'a-v1', kind: 'sealed', actor: 'registered-manager' }),
    ).resolves.toEqual({ printed: true, warning: null });
  });

  it('re-raises refusals from the export and records calls, and passes their answers through', async () => {
    const api = withRendererErrors(bridgedApi([]));
    const destroy = api.records.destroy({ staffId: 's1', actor: 'registered-manager' });
    await expect(destroy).rejects.toBeInstanceOf(IpcError);
    await expect(destroy).rejects.toThrow('These records may not be destroyed until 01/05/2031.');
    const retention = api.records.setRetentionYears({ years: 8, actor: 'registered-manager' });
    await expect(retention).rejects.toBeInstanceOf(IpcError);
    await expect(retention).rejects.toThrow('The activity log could not be written.');
    await expect(api.records.facts()).resolves.toMatchObject({ today: '2026-11-28', retentionYears: 6 });
    await expect(
      api.records.setLeavingDate({ staffId: 's1', leavingDate: '2026-05-01', actor: 'registered-manager' }),
    ).resolves.toEqual({ changed: true });
    await expect(api.export.verifyPack({ actor: 'registered-manager' })).resolves.toEqual({ chosen: false });
  });

  it('leaves event subscriptions and their unsubscribe functions as they are', () => {
    const unsubscribed: string[] = [];
    const api = withRendererErrors(bridgedApi(unsubscribed));
    api.menu.onNavigate(() => undefined)();
    api.export.onProgress(() => undefined)();
    expect(unsubscribed).toEqual(['menu:navigate', 'export:progress']);
  });
});
