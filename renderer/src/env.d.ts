/// <reference types="vite/client" />

interface MatrixDeskBridge {
  call(method: string, input: unknown): Promise<unknown>;
  /** Prints the window's current page to a PDF the user saves (the client report's Export PDF). */
  printToPdf?(fileName: string): Promise<{ saved: boolean }>;
}

interface Window {
  /** Present only inside the Electron window (preload); absent in browser mode. */
  api?: MatrixDeskBridge;
}
