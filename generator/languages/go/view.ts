/** go: the view builder (being written; until then the language prints no snippet and says so). */
import type { LanguageRenderer } from '../../render/view.js';

export const goRenderer: LanguageRenderer = {
  templateFolder: 'go',
  buildView: (request) => ({
    ok: false,
    issues: [{ ruleId: 'render:unsupported', message: 'go: the go view is not written yet', place: request.place }],
  }),
};
