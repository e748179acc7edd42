/** The one font Journey Check writes with (FigJam's default "Simple" text), loaded once per run. */

export const LABEL_FONT: FontName = { family: 'Inter', style: 'Medium' };

export function fontLabel(font: FontName): string {
  return `${font.family} ${font.style}`;
}

/** Loads each distinct font once; resolves with the ones that are missing on this machine. */
export async function loadFontsAsync(fonts: readonly FontName[]): Promise<FontName[]> {
  const distinct = new Map<string, FontName>();
  for (const font of fonts) distinct.set(fontLabel(font), font);
  const missing: FontName[] = [];
  await Promise.all(
    [...distinct.values()].map(async (font) => {
      try {
        await figma.loadFontAsync(font);
      } catch {
        missing.push(font);
      }
    }),
  );
  return missing;
}
