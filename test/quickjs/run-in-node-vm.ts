/**
 * The reference for runBuiltPluginInQuickJS: the same steps under node:vm (test/sandbox's
 * runBuiltPlugin), yielding the same plain-JSON outcomes, so the two engines can be compared.
 */
import { createEmulator, loadRestBoard, reopenSession, snapshotState } from '../emulator';
import { runBuiltPlugin } from '../sandbox';
import { describeThrown, type Step, type StepOutcome } from './steps';

export interface NodeVmRunOptions {
  board: unknown;
  steps: readonly Step[];
  code: string;
  html: string;
}

/** JSON round trip: what the QuickJS runner returns has crossed as JSON too (undefined keys drop out). */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export async function runBuiltPluginInNodeVm(options: NodeVmRunOptions): Promise<StepOutcome[]> {
  const emu = createEmulator();
  loadRestBoard(emu, options.board);
  const outcomes: StepOutcome[] = [];
  for (const step of options.steps) {
    reopenSession(emu);
    const marks = { notifications: emu.notifications.length, sent: emu.ui.sent.length, uncaught: emu.uncaught.length };
    const run = await runBuiltPlugin({
      emulator: emu,
      command: step.command,
      code: options.code,
      html: options.html,
      ...(step.parameters ? { parameters: step.parameters } : {}),
    });
    const undelivered: string[] = [];
    try {
      if (run.timedOut) throw new Error(`node:vm: "${step.command}" did not become idle`);
      for (const message of step.messages ?? []) {
        try {
          await emu.ui.sendToPlugin(message);
        } catch (error) {
          undelivered.push(describeThrown(error));
        }
        await run.settle();
      }
    } finally {
      run.dispose();
    }
    outcomes.push(
      plain({
        command: step.command,
        closed: emu.closed,
        closeMessage: emu.closeMessage ?? null,
        notifications: emu.notifications.slice(marks.notifications),
        uiMessages: emu.ui.sent.slice(marks.sent),
        logs: run.logs,
        errors: run.errors,
        uncaught: emu.uncaught.slice(marks.uncaught).map(describeThrown),
        undelivered,
        state: snapshotState(emu),
      }),
    );
  }
  return outcomes;
}
