/** python: the view builder (being written; until then the language prints no snippet and says so). */
import type { LanguageRenderer } from '../../render/view.js';

export const pythonRenderer: LanguageRenderer = {
  templateFolder: 'python',
  buildView: (request) => ({
    ok: false,
    issues: [{ ruleId: 'render:unsupported', message: 'python: the python view is not written yet', place: request.place }],
  }),
};
