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

/** What contextBridge hands the renderer: a refusal arrives as a plain Error with the message. */
function bridgedApi(unsubscribed: string[]): CareAppraisalsBridge {
  return {
    app: { info: () => Promise.resolve(info) },
    links: {
      openExternal: () =>
        Promise.reject(new Error('Only secure web links (starting https://) can be opened.')),
    },
    files: { saveTextAs: () => Promise.reject(new Error('The file could not be saved.')) },
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

  it('re-raises a refusal as IpcError with the same plain-English message', async () => {
    const call = withRendererErrors(bridgedApi([])).links.openExternal({ url: 'http://x.org' });
    await expect(call).rejects.toBeInstanceOf(IpcError);
    await expect(call).rejects.toThrow('Only secure web links (starting https://) can be opened.');
  });

  it('leaves event subscriptions and their unsubscribe functions as they are', () => {
    const unsubscribed: string[] = [];
    const unsubscribe = withRendererErrors(bridgedApi(unsubscribed)).menu.onNavigate(() => undefined);
    unsubscribe();
    expect(unsubscribed).toEqual(['menu:navigate']);
  });
});
