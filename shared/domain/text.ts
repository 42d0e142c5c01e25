import { z } from 'zod';

/** Names shown in lists and cards: trimmed, non-empty, short enough for a card title. */
export const nameSchema = (max = 60) => z.string().trim().min(1, 'Required').max(max);
export const notesSchema = z.string().max(2000).default('');
