/** Fonts: which exist on this machine, which are missing, which the plugin has loaded. */

export function fontKey(font: FontName): string {
  return `${font.family} ${font.style}`;
}

/** Fonts every FigJam user has (FigJam's text presets and Inter's common styles). */
export const DEFAULT_AVAILABLE_FONTS: readonly FontName[] = [
  ...['Thin', 'Light', 'Regular', 'Medium', 'Semi Bold', 'Bold', 'Extra Bold', 'Black', 'Italic', 'Medium Italic', 'Bold Italic'].map(
    (style) => ({ family: 'Inter', style }),
  ),
  { family: 'Merriweather', style: 'Regular' },
  { family: 'Merriweather', style: 'Bold' },
  { family: 'Roboto Mono', style: 'Medium' },
  { family: 'Roboto Mono', style: 'Regular' },
  { family: 'Figma Hand', style: 'Regular' },
];

export class FontBook {
  private readonly available = new Map<string, FontName>();
  private readonly missing = new Set<string>();
  private readonly loaded = new Set<string>();

  constructor(extra: readonly FontName[] = []) {
    for (const font of [...DEFAULT_AVAILABLE_FONTS, ...extra]) this.available.set(fontKey(font), { family: font.family, style: font.style });
  }

  /** A font user content uses exists on the user's machine unless declared missing. */
  makeAvailable(font: FontName): void {
    this.available.set(fontKey(font), { family: font.family, style: font.style });
  }

  setMissing(font: FontName): void {
    this.missing.add(fontKey(font));
    this.loaded.delete(fontKey(font));
  }

  isAvailable(font: FontName): boolean {
    const key = fontKey(font);
    return this.available.has(key) && !this.missing.has(key);
  }

  isMissing(font: FontName): boolean {
    return !this.isAvailable(font);
  }

  markLoaded(font: FontName): void {
    this.loaded.add(fontKey(font));
  }

  /** A new plugin session starts with no font loaded; the machine keeps its fonts. */
  unloadAll(): void {
    this.loaded.clear();
  }

  isLoaded(font: FontName): boolean {
    return this.loaded.has(fontKey(font));
  }

  list(): FontName[] {
    return [...this.available].filter(([key]) => !this.missing.has(key)).map(([, font]) => font);
  }
}
