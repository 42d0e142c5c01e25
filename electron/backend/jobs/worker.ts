import { runJob } from './runJob';
import { serveJob } from './serveJob';

/** The thread of every job but "forecast all" (forecastWorker.ts). Bundled as out/main/jobWorker.js. */
serveJob(runJob, { reusable: false });
