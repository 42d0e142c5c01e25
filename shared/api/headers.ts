/**
 * Request header (value `1`) with which the renderer asks the web host to answer expected refusals
 * (4xx) with HTTP 200 and `{ ok: false }`, so the browser does not log them as failed loads.
 * Its own module (no zod) so the renderer's tiny entry can call the API before the big chunks evaluate.
 */
export const REFUSALS_IN_BODY_HEADER = 'x-matrixdesk-refusals-in-body';
