import type { Strings } from '../i18n';
import type { JourneyModel } from '../journey/model';

export interface CheckContext {
  model: JourneyModel;
  strings: Strings['engine'];
  /** Ids of the pain touchpoints some improvement addresses. */
  addressedPains: ReadonlySet<string>;
}
