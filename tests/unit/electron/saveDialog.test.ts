import { describe, expect, it } from 'vitest';
import { saveDialogOptions } from '../../../electron/saveDialog';

describe('save dialog options', () => {
  it("starts in the manager's Documents folder with the suggested name and a filter for the kind", () => {
    const options = saveDialogOptions('register.csv', 'csv', '/home/manager/Documents');
    expect(options.defaultPath).toBe('/home/manager/Documents/register.csv');
    expect(options.filters).toEqual([{ name: 'CSV spreadsheet', extensions: ['csv'] }]);
    expect(options.properties).toContain('showOverwriteConfirmation');
  });
});

describe('save dialog for a pack', () => {
  it('offers a ZIP filter for an inspection pack', () => {
    const options = saveDialogOptions(
      'Inspection pack - Willow Bank - 2026-03-12.zip',
      'zip',
      '/home/manager/Documents',
    );
    expect(options.filters).toEqual([{ name: 'ZIP archive', extensions: ['zip'] }]);
    expect(options.defaultPath).toBe(
      '/home/manager/Documents/Inspection pack - Willow Bank - 2026-03-12.zip',
    );
  });
});
