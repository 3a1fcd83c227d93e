/** powershell: the view builder (being written; until then the language prints no snippet and says so). */
import type { LanguageRenderer } from '../../render/view.js';

export const powershellRenderer: LanguageRenderer = {
  templateFolder: 'powershell',
  buildView: (request) => ({
    ok: false,
    issues: [{ ruleId: 'render:unsupported', message: 'powershell: the powershell view is not written yet', place: request.place }],
  }),
};
