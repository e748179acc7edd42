import type { Strings } from '../en';

/** The five journey phases by name (the panel shows them too). */
export const stages: Strings['engine']['stages'] = {
  orientation: 'Oriëntatie',
  consideration: 'Vergelijking',
  purchase: 'Kopen',
  use: 'Gebruik',
  aftersales: 'Nazorg',
};
