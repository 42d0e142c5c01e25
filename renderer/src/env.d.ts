/// <reference types="vite/client" />

interface MatrixDeskBridge {
  call(method: string, input: unknown): Promise<unknown>;
}

interface Window {
  /** Present only inside the Electron window (preload); absent in browser mode. */
  api?: MatrixDeskBridge;
}
