import type { Locator } from '@playwright/test';

/** True when the canvas holds drawn pixels: compares it with a blank canvas of the same size. */
export async function canvasIsDrawn(canvas: Locator): Promise<boolean> {
  return canvas.evaluate((node) => {
    const c = node as HTMLCanvasElement;
    if (c.width === 0 || c.height === 0) return false;
    const blank = document.createElement('canvas');
    blank.width = c.width;
    blank.height = c.height;
    return c.toDataURL() !== blank.toDataURL();
  });
}
