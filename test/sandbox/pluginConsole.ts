/**
 * The `console` Figma gives plugin code (log, info, warn, error, assert, clear), recording lines:
 * log/info into `logs`, warn/error/failed assert into `errors`. Pure, so the node:vm runner and the
 * QuickJS harness (bundled into the VM) share it; each says how a value becomes text.
 */
export function makePluginConsole(logs: string[], errors: string[], text: (value: unknown) => string) {
  const line = (args: unknown[]) => args.map(text).join(' ');
  return {
    log: (...args: unknown[]) => void logs.push(line(args)),
    info: (...args: unknown[]) => void logs.push(line(args)),
    warn: (...args: unknown[]) => void errors.push(line(args)),
    error: (...args: unknown[]) => void errors.push(line(args)),
    assert: (condition: unknown, ...args: unknown[]) => {
      if (!condition) errors.push(`Assertion failed${args.length ? `: ${line(args)}` : ''}`);
    },
    clear: () => undefined,
  };
}
