/**
 * The input could not be read as a board. The message is one plain line that says what is
 * wrong and what to do; the CLI prints it as-is and exits with code 2.
 */
export class BoardReadError extends Error {
  override readonly name = 'BoardReadError';
}
