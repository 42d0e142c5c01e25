import { z } from 'zod';

export const idSchema = z.string().trim().min(1, 'Required').max(64);
