import { describe, expect, it } from 'vitest';
import { openDialogOptions } from '../../../electron/openDialog';

describe('open dialog options', () => {
  it("asks for one ZIP file, starting in the manager's Documents folder", () => {
    const options = openDialogOptions('zip', '/home/manager/Documents');
    expect(options.defaultPath).toBe('/home/manager/Documents');
    expect(options.filters).toEqual([{ name: 'Inspection pack or bundle (ZIP)', extensions: ['zip'] }]);
    expect(options.properties).toEqual(['openFile']);
  });
});
