import { z } from 'zod';

// zod 4 probes `new Function` for its fast path; jitless keeps it from tripping our CSP (no 'unsafe-eval').
z.config({ jitless: true });
