/** Text ⇄ settings for the board-settings form: lists as comma-separated text, channels one per line. */

/** "Afrekenen, Betalen ," → ["Afrekenen", "Betalen"]: trimmed, empty parts and repeats dropped. */
export function parseNameList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(',')) {
    const name = part.trim();
    if (name === '' || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

export function nameListToText(names: readonly string[] | undefined): string {
  return (names ?? []).join(', ');
}

/** "WhatsApp: app, appje" per line → { WhatsApp: ["app", "appje"] }; a line without ':' declares a name without aliases. */
export function parseChannelNames(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    const name = (colon < 0 ? line : line.slice(0, colon)).trim();
    if (name === '') continue;
    const aliases = colon < 0 ? [] : parseNameList(line.slice(colon + 1));
    out[name] = [...(out[name] ?? []), ...aliases.filter((a) => !(out[name] ?? []).includes(a))];
  }
  return out;
}

export function channelNamesToText(names: Record<string, string[]>): string {
  return Object.entries(names)
    .map(([name, aliases]) => (aliases.length === 0 ? name : `${name}: ${aliases.join(', ')}`))
    .join('\n');
}
