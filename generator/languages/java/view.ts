/** java: the view builder (being written; until then the language prints no snippet and says so). */
import type { LanguageRenderer } from '../../render/view.js';

export const javaRenderer: LanguageRenderer = {
  templateFolder: 'java',
  buildView: (request) => ({
    ok: false,
    issues: [{ ruleId: 'render:unsupported', message: 'java: the java view is not written yet', place: request.place }],
  }),
};
