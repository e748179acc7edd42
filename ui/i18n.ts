/** The panel's strings, handed down by context so a language switch re-renders in place. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Strings } from '../src/i18n/en';
import { ui } from '../src/i18n/en/panelLabels';

export type UiStrings = Strings['ui'];

export const StringsContext = createContext<UiStrings>(ui);

export function useStrings(): UiStrings {
  return useContext(StringsContext);
}
