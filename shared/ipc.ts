/**
 * The IPC contract: every channel between the renderer and the main process, in one map.
 *
 * Channel names are `feature:action`. Each channel has a request schema (parsed in main
 * before any handler runs) and a response schema (the shape the renderer receives).
 * `electron/preload.ts`, the browser harness and the renderer's `window` type are all
 * derived from this map, so a channel is declared here and nowhere else.
 */
import { z } from 'zod';

/** Screens the native menu (or a shortcut handled in main) can ask the renderer to open. */
export const navigationTargets = ['staff', 'staff-new', 'settings', 'about'] as const;
export type NavigationTarget = (typeof navigationTargets)[number];

export const appInfoSchema = z.object({
  productName: z.string(),
  version: z.string(),
  /** Where the app keeps its files (vault, backups); shown so a manager can tell IT. */
  dataFolder: z.string(),
  /** `electron` in the desktop app, `browser` in the test and demo harness. */
  runtime: z.enum(['electron', 'browser']),
  electronVersion: z.string().nullable(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const noRequest = z.undefined();

/** Kinds of file the manager can save; each gets its own filter in the save dialog. */
export const savedFileKinds = ['json', 'csv', 'text'] as const;
export type SavedFileKind = (typeof savedFileKinds)[number];

export const ipcChannels = {
  'app:info': {
    request: noRequest,
    response: appInfoSchema,
  },
  'links:openExternal': {
    request: z.object({ url: z.string().min(1).max(2048) }).strict(),
    response: z.object({ opened: z.literal(true) }),
  },
  'files:saveTextAs': {
    request: z
      .object({
        /** Offered in the save dialog; a plain file name, never a path. */
        suggestedName: z
          .string()
          .min(1)
          .max(120)
          .refine((name) => !/[\\/:*?"<>|\p{Cc}]/u.test(name) && !name.startsWith('.'), {
            error: 'must be a plain file name without folders or special characters',
          }),
        kind: z.enum(savedFileKinds),
        text: z.string().max(50 * 1024 * 1024),
      })
      .strict(),
    response: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), fileName: z.string() }),
      z.object({ saved: z.literal(false) }),
    ]),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

/** Main-to-renderer events: name to payload schema. */
export const ipcEvents = {
  'menu:navigate': z.object({ to: z.enum(navigationTargets) }).strict(),
} as const satisfies Record<string, z.ZodType>;

export type Channel = keyof typeof ipcChannels;
export type EventName = keyof typeof ipcEvents;
export type RequestOf<C extends Channel> = z.input<(typeof ipcChannels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof ipcChannels)[C]['response']>;
export type EventPayloadOf<E extends EventName> = z.output<(typeof ipcEvents)[E]>;

/**
 * Every reply crosses the boundary in this envelope so that a refused or failed call
 * reaches the renderer as a plain-English message rather than Electron's wrapped error text.
 */
export type IpcReply<T> =
  { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } };

export type IpcErrorCode = 'bad-request' | 'forbidden' | 'unknown-channel' | 'failed';

/** The error the renderer sees when a call is refused or fails. */
export class IpcError extends Error {
  readonly code: IpcErrorCode;
  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'IpcError';
    this.code = code;
  }
}

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(ipcChannels, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(ipcEvents, name);
}
