// Placeholder until the emotion work lands: writes an empty generated module.
import { mkdir, writeFile } from 'node:fs/promises';
export async function generateLexicon() {
  await mkdir('src/emotion/generated', { recursive: true });
  await writeFile('src/emotion/generated/lexicon.ts', 'export const LEXICON_NL: Record<string, number> = {};\nexport const LEXICON_EN: Record<string, number> = {};\n');
}
