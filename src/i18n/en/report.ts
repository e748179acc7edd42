import { cli, read } from './commandLine';
import { reportCore } from './reportCore';

/** Headings and labels of the text / markdown / csv reports and the CLI (src/report, src/cli.ts). */
export const report = { ...reportCore, read, cli };
