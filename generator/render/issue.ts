/** A problem met while planning or building a view: reported on the page's VFile at `place`. */
import type { RuleId } from '../diagnostics/catalogue.js';
import type { Place } from '../diagnostics/types.js';

export interface RenderIssue {
  readonly ruleId: RuleId;
  readonly message: string;
  readonly place: Place;
}
