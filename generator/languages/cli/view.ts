/** cli: the view builder (being written; until then the language prints no snippet and says so). */
import type { LanguageRenderer } from '../../render/view.js';

export const cliRenderer: LanguageRenderer = {
  templateFolder: 'cli',
  buildView: (request) => ({
    ok: false,
    issues: [{ ruleId: 'render:unsupported', message: 'cli: the cli view is not written yet', place: request.place }],
  }),
};
