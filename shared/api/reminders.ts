import { z } from 'zod';
import { defineMethods } from './define';
import {
  reminderDismissInputSchema,
  remindersListInputSchema,
  remindersListOutputSchema,
} from '../reminders/model';

/** The reminders bell: due and overdue deliverables, expiring offers, items awaiting client approval. */
export const remindersContract = defineMethods({
  'reminders.list': { input: remindersListInputSchema, output: remindersListOutputSchema },
  /** Dismisses (or snoozes) one reminder; a reminder whose deadline changes comes back. */
  'reminders.dismiss': { input: reminderDismissInputSchema, output: z.object({ key: z.string() }) },
});
