/**
 * Board text without the characters a sticky could use to smuggle something into what we write:
 * C0 controls other than white space (\t \n \v \f \r), DEL, C1 controls, and the bidi
 * embeddings, overrides and isolates that reorder the text around them. White space is left
 * for the caller, which knows whether it writes one line or several.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}
