import { z } from 'zod';

/** A column (栏目) of the site, such as 社会监督; the slug is its folder in URLs. */
export const columnSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'problem.slugInvalid')
    // The slug is a folder of the exported site, which may be copied to or built on Windows.
    .refine((slug) => !isReservedName(slug), 'problem.slugReserved'),
  name: z.string().min(1),
});
export type Column = z.infer<typeof columnSchema>;

/** Names Windows refuses for a file or folder, whatever the extension. */
export function isReservedName(name: string): boolean {
  return /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i.test(name);
}
