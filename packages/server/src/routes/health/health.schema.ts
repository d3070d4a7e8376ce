import { z } from 'zod';

export const healthResponse = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.object({
    dialect: z.enum(['sqlite', 'postgres']),
    reachable: z.boolean(),
    pendingMigrations: z.array(z.string()).describe('run `bearing db migrate` when not empty'),
  }),
});
export type HealthResponse = z.infer<typeof healthResponse>;
