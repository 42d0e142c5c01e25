import { version } from '../package.json';

/**
 * The app's version, from package.json (its one source): written into bundles and backups. A named import
 * lets the bundlers keep only this field of package.json.
 */
export const APP_VERSION: string = version;
