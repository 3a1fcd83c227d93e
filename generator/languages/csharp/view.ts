/** csharp: the view builder (being written; until then the language prints no snippet and says so). */
import type { LanguageRenderer } from '../../render/view.js';

export const csharpRenderer: LanguageRenderer = {
  templateFolder: 'csharp',
  buildView: (request) => ({
    ok: false,
    issues: [{ ruleId: 'render:unsupported', message: 'csharp: the csharp view is not written yet', place: request.place }],
  }),
};
