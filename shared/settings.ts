import { z } from 'zod';

export const languages = ['zh-CN', 'en'] as const;

/** Per-user preferences. */
export const settingsSchema = z
  .object({
    language: z.enum(languages).default('zh-CN'),
    userName: z.string().max(100).default(''),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;
