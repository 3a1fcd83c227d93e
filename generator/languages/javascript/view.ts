/** javascript: the view builder (being written; until then the language prints no snippet and says so). */
import type { LanguageRenderer } from '../../render/view.js';

export const javascriptRenderer: LanguageRenderer = {
  templateFolder: 'javascript',
  buildView: (request) => ({
    ok: false,
    issues: [{ ruleId: 'render:unsupported', message: 'javascript: the javascript view is not written yet', place: request.place }],
  }),
};
