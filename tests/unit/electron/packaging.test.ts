/**
 * Packaging settings a manager would notice if they were wrong: installs without an
 * administrator, keeps records on uninstall, ships hardened, and starts at all (the built
 * file names agree between the build, main.ts and package.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { LibraryOptions } from 'vite';
import { describe, expect, it } from 'vitest';
import electronViteConfig from '../../../electron.vite.config';
import { appId, productName } from '../../../electron/appIdentity';
import { buildLayout, builtPaths } from '../../../electron/buildLayout';
import { fontsFolderFor } from '../../../electron/fontsFolder';
import { pdfFontFiles } from '../../../electron/services/pdf/pdfFonts';

const root = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file));
const builder: unknown = yaml.load(read('electron-builder.yml').toString('utf8'));
const packageJson: unknown = JSON.parse(read('package.json').toString('utf8'));

/** The file name an electron-vite library build gives its entry. */
function entryFileName(lib: LibraryOptions | false | undefined, format: 'es' | 'cjs'): string | undefined {
  if (lib === false || lib === undefined) return undefined;
  return typeof lib.fileName === 'function' ? lib.fileName(format, 'index') : lib.fileName;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('names the app as main.ts and package.json do', () => {
    expect(builder).toMatchObject({ appId, productName });
    expect(packageJson).toMatchObject({ productName });
  });

  it('ships only the built app', () => {
    expect(builder).toMatchObject({
      directories: { buildResources: 'build' },
      files: ['out/**', 'package.json'],
      asar: true,
    });
  });

  it('ships the PDF fonts where main looks for them when packaged', () => {
    expect(builder).toMatchObject({ extraResources: [{ from: 'build/fonts', to: 'fonts' }] });
    const packaged = fontsFolderFor({
      isPackaged: true,
      resourcesPath: '/opt/Care Appraisals/resources',
      appPath: 'x',
    });
    expect(packaged).toBe(path.join('/opt/Care Appraisals/resources', 'fonts'));
    for (const font of Object.values(pdfFontFiles))
      expect(existsSync(path.join(root, 'build/fonts', font))).toBe(true);
    expect(fontsFolderFor({ isPackaged: false, resourcesPath: 'x', appPath: root })).toBe(
      path.join(root, 'build', 'fonts'),
    );
  });

  it('flips the fuses that stop the app being used as a Node runtime or loading code outside app.asar', () => {
    expect(builder).toMatchObject({
      electronFuses: {
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableCookieEncryption: true,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        grantFileProtocolExtraPrivileges: false,
        resetAdHocDarwinSignature: true,
      },
    });
  });

  it('builds a Windows installer that needs no administrator and keeps the data folder', () => {
    expect(builder).toMatchObject({
      win: { target: [{ target: 'nsis' }], icon: 'build/icon.ico' },
      nsis: {
        oneClick: true,
        perMachine: false,
        allowElevation: false,
        deleteAppDataOnUninstall: false,
        createDesktopShortcut: true,
        createStartMenuShortcut: true,
      },
    });
  });

  it('builds an AppImage and a .deb filed under Office', () => {
    expect(builder).toMatchObject({
      linux: {
        target: ['AppImage', 'deb'],
        category: 'Office',
        icon: 'build/icon.png',
        maintainer: expect.any(String),
      },
    });
  });
});

describe('icons', () => {
  it('has a 512x512 PNG for Linux', () => {
    expect(pngSize(read('build/icon.png'))).toEqual({ width: 512, height: 512 });
  });

  it('has a Windows .ico that includes a 256x256 image', () => {
    const ico = read('build/icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    // Each 16-byte directory entry starts with width and height, where 0 means 256.
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + i * 16));
    expect(sizes).toContain(0);
    expect(sizes).toContain(16);
  });
});

describe('run-time dependencies', () => {
  it('keeps pdfkit and fontkit as imports of main, packed from node_modules', () => {
    // Packed by electron-builder only if they are production dependencies.
    expect(packageJson).toMatchObject({
      dependencies: { pdfkit: expect.any(String), fontkit: expect.any(String) },
    });
    // electron-vite externalises exactly the production dependencies when this is true.
    expect(electronViteConfig.main?.build?.externalizeDeps).toBe(true);
    // The preload is sandboxed and cannot require anything: it bundles everything.
    expect(electronViteConfig.preload?.build?.externalizeDeps).toBe(false);
  });
});

describe('built layout', () => {
  it('has package.json "main" pointing at the built main file', () => {
    expect(packageJson).toMatchObject({
      type: 'module',
      main: `${buildLayout.mainDir}/${buildLayout.mainFile}`,
    });
  });

  it('builds main as an ES module and the preload as CommonJS, where main.ts looks for them', () => {
    const main = electronViteConfig.main?.build;
    const preload = electronViteConfig.preload?.build;
    expect(main?.outDir).toBe(path.join(root, buildLayout.mainDir));
    expect(main?.lib).toMatchObject({ formats: ['es'] });
    expect(entryFileName(main?.lib, 'es')).toBe(buildLayout.mainFile);
    expect(preload?.outDir).toBe(path.join(root, buildLayout.preloadDir));
    expect(preload?.lib).toMatchObject({ formats: ['cjs'] });
    expect(entryFileName(preload?.lib, 'cjs')).toBe(buildLayout.preloadFile);
    expect(electronViteConfig.renderer?.build?.outDir).toBe(path.join(root, buildLayout.rendererDir));

    expect(builtPaths(path.join(root, buildLayout.mainDir))).toEqual({
      preloadPath: path.join(root, buildLayout.preloadDir, buildLayout.preloadFile),
      rendererDir: path.join(root, buildLayout.rendererDir),
    });
  });
});
