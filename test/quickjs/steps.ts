/**
 * What a board run is made of and what it yields, shared by the QuickJS runner and the node:vm
 * reference run, so both can be compared with one `toEqual`.
 */
import type { StateSnapshot } from '../emulator';

/** One plugin session: a new session (reopenSession), the command's run event, then panel messages in order. */
export interface Step {
  /** figma.command: a manifest menu command ('panel', 'check', 'restore', 'clear', 'template', …). */
  command: string;
  /** Quick-action parameters for the run event. */
  parameters?: ParameterValues;
  /** Messages the panel sends after the session became idle, each delivered once the previous one settled. */
  messages?: readonly unknown[];
}

/** Plain JSON of one session. */
export interface StepOutcome {
  command: string;
  closed: boolean;
  closeMessage: string | null;
  /** figma.notify messages of this session (closePlugin's message included, as the emulator records it). */
  notifications: { message: string; error: boolean }[];
  /** figma.ui.postMessage messages of this session, in order. */
  uiMessages: unknown[];
  /** console.log / console.info lines. */
  logs: string[];
  /** console.error / console.warn / failed console.assert lines. */
  errors: string[];
  /** Uncaught exceptions (top level, timers, event handlers), as "Name: message". */
  uncaught: string[];
  /** Panel messages the emulator refused to deliver (e.g. the plugin had closed), as "Name: message". */
  undelivered: string[];
  /** snapshotState of the document once the session was idle. */
  state: StateSnapshot;
}

/** "Name: message" for errors from any realm; JSON or String for anything else. */
export function describeThrown(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'message' in value && typeof value.message === 'string') {
    const name = 'name' in value && typeof value.name === 'string' ? value.name : 'Error';
    return `${name}: ${value.message}`;
  }
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
