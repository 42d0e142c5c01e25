export interface WebArgs {
  port?: number;
  dataDir?: string;
}

/** `--port <n>` and `--data-dir <dir>` (also `--flag=value`); anything else is an error worth stating. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  const args: WebArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const [flag, inline] = raw.includes('=')
      ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
      : [raw, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be 0–65535');
      args.port = port;
    } else if (flag === '--data-dir') {
      args.dataDir = value();
    } else {
      throw new Error(`Unknown option ${raw}. Usage: npm run web -- [--port <n>] [--data-dir <dir>]`);
    }
  }
  return args;
}
