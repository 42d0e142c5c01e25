import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_DIR = 'MatrixDesk';

/** Same place Electron's app.getPath('userData') uses for productName "MatrixDesk", so both modes share data. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const override = env['MATRIXDESK_DATA_DIR'];
  if (override) return override;
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR);
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), APP_DIR);
}
