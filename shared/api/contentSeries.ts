import { z } from 'zod';
import { defineMethods } from './define';
import { idSchema } from '../domain/ids';
import { contentItemSchema } from '../content/model';
import {
  contentSeriesSchema,
  createSeriesInputSchema,
  deleteOccurrenceInputSchema,
  duplicateInputSchema,
  seriesWithItemsSchema,
  updateOccurrenceInputSchema,
} from '../content/series';

/** Repeating content items and duplicates (issue 11 §5); occurrences are ordinary content items. */
export const contentSeriesContract = defineMethods({
  /** Creates every occurrence at once; refused (nothing stored) when any occurrence overlaps a live session. */
  'content.createSeries': { input: createSeriesInputSchema, output: seriesWithItemsSchema },
  'content.getSeries': { input: z.strictObject({ id: idSchema }), output: contentSeriesSchema },
  /** Edits an occurrence: 'this' makes it an exception; 'following' splits the series; 'all' rewrites it. */
  'content.updateOccurrence': {
    input: updateOccurrenceInputSchema,
    output: z.object({ item: contentItemSchema, changed: z.number().int() }),
  },
  'content.deleteOccurrence': {
    input: deleteOccurrenceInputSchema,
    output: z.object({ deleted: z.number().int() }),
  },
  'content.duplicate': { input: duplicateInputSchema, output: contentItemSchema },
});
