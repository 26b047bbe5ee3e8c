import { z } from 'zod';

/** A column (栏目) of the site, such as 社会监督; the slug is its folder in URLs. */
export const columnSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/, 'column.slugInvalid'),
  name: z.string().min(1),
});
export type Column = z.infer<typeof columnSchema>;
