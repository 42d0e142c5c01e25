import { shell } from 'electron';

/** "Open data folder": the OS file manager on the folder that holds the database and its backups. */
export async function openFolderInShell(dir: string): Promise<boolean> {
  // shell.openPath resolves to an error message, or '' on success.
  return (await shell.openPath(dir)) === '';
}
