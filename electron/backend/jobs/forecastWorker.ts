import { runForecastAll } from './forecastAll';
import { serveJob } from './serveJob';

/**
 * The thread of "forecast all" (issue 13: the job ≤ 2× its forecasts), bundled as
 * out/main/forecastWorker.js. It loads the forecast code alone (jobWorker.js also loads every import's
 * parsers and checks), and stays for the next pass: a fresh thread's first pass runs its forecasts
 * unoptimised and costs about twice a warmed one (774 against ~370 ms of CPU on the agency bench).
 */
serveJob(
  async (ctx, spec, hooks) => {
    if (spec.kind !== 'forecasts.runAll') throw new Error(`forecastWorker cannot run ${spec.kind}`);
    return { kind: 'forecasts.runAll', ...runForecastAll(ctx, spec.input, hooks) };
  },
  { reusable: true },
);
