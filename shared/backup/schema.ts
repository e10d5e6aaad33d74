import { z } from 'zod';

export const BackupSchema = z.object({ name: z.string(), createdAt: z.string(), bytes: z.number().int() });
export type Backup = z.infer<typeof BackupSchema>;

export const RestoreBackupSchema = z.object({
  name: z.string().regex(/^confer-\d{8}-\d{6}(-\d+)?\.sqlite$/, { message: 'Choose a backup from the list.' }),
});
