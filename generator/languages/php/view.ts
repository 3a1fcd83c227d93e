/** php: the view builder (being written; until then the language prints no snippet and says so). */
import type { LanguageRenderer } from '../../render/view.js';

export const phpRenderer: LanguageRenderer = {
  templateFolder: 'php',
  buildView: (request) => ({
    ok: false,
    issues: [{ ruleId: 'render:unsupported', message: 'php: the php view is not written yet', place: request.place }],
  }),
};
