/**
 * Where electron-vite puts the built app. electron.vite.config.ts builds to these paths,
 * main.ts finds the preload and renderer through them, and package.json "main" must name
 * the main file (a unit test keeps all three in step).
 */
import { join, relative } from 'node:path';

export const buildLayout = {
  mainDir: 'out/main',
  mainFile: 'main.js',
  preloadDir: 'out/preload',
  // CommonJS: a sandboxed preload cannot be an ES module.
  preloadFile: 'preload.cjs',
  rendererDir: 'out/renderer',
} as const;

/** The preload file and renderer folder, from the folder the running main.js is in. */
export function builtPaths(mainDir: string): { preloadPath: string; rendererDir: string } {
  return {
    preloadPath: join(
      mainDir,
      relative(buildLayout.mainDir, buildLayout.preloadDir),
      buildLayout.preloadFile,
    ),
    rendererDir: join(mainDir, relative(buildLayout.mainDir, buildLayout.rendererDir)),
  };
}
