import { z } from 'zod';

export const languages = ['zh-CN', 'en'] as const;
export const themes = ['system', 'light', 'dark'] as const;

/** Per-user preferences. */
export const settingsSchema = z
  .object({
    language: z.enum(languages).default('zh-CN'),
    /** Light or dark interface; "system" follows the system's scheme. */
    theme: z.enum(themes).default('system'),
    /** The editor's workspace as the user left it: the page preview beside the body, the fields panel. */
    showPreview: z.boolean().default(false),
    showFields: z.boolean().default(true),
    userName: z.string().max(100).default(''),
    /** Overrides the update server of electron-builder.yml; '' keeps it. */
    updateUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
    /**
     * Outside Electron, passwords of deploy targets come from environment variables or from
     * this JSON file ({"target-id": "password"}), kept outside the library.
     */
    secretsFile: z.string().trim().max(1000).default(''),
    /** Where "send to publisher" writes packages: a shared or synced folder, or a USB stick. */
    outbox: z.string().trim().max(1000).default(''),
    /** Where the publisher's app takes packages from. */
    inbox: z.string().trim().max(1000).default(''),
    /** Where backups go; '' is the folder beside the library (LIBRARY-backups). */
    backupFolder: z.string().trim().max(1000).default(''),
    /** Each backup one zip file instead of a folder. */
    backupZip: z.boolean().default(false),
    /** A backup a day while the app is open, kept 7 daily, 4 weekly, 12 monthly. */
    backupDaily: z.boolean().default(true),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;
