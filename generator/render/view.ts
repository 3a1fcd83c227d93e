/**
 * The contract between a language's view builder (TypeScript, `languages/<lang>/view.ts`) and its
 * templates (`templates/<lang>/`): the view arrives with finished strings — names, literals,
 * import lines, whole lines of nested bodies — and booleans named for what they print.
 */
import type { RenderIssue } from './issue.js';
import type { TypedRequest } from '../ir/typed.js';
import type { SdkPlan } from '../sdk/plan.js';

/** What every snippet view holds; languages add their own fields. */
export interface SnippetView {
  /** Import lines, formatted and sorted as the language wants them. */
  readonly imports: readonly string[];
  readonly hasImports: boolean;
  /** Statements before the call (request body, query parameters, configuration), line by line. */
  readonly setup: readonly string[];
  readonly hasSetup: boolean;
  /** The call, line by line. */
  readonly call: readonly string[];
}

export type { RenderIssue } from './issue.js';

export type ViewResult<V extends SnippetView = SnippetView> =
  | { readonly ok: true; readonly view: V; readonly issues: readonly RenderIssue[] }
  | { readonly ok: false; readonly issues: readonly RenderIssue[] };

/**
 * A target's view builder. A kiota target prints the SDK call plan (sdk/plan.ts), decided once for
 * all of them; the others (JavaScript, PowerShell, the CLI) print the typed request.
 */
export type LanguageRenderer<V extends SnippetView = SnippetView> =
  | {
      readonly family: 'kiota';
      /** The template folder (`templates/<folder>/snippet.hbs`). */
      readonly templateFolder: string;
      buildView(plan: SdkPlan): ViewResult<V>;
    }
  | {
      readonly family: 'path';
      readonly templateFolder: string;
      buildView(request: TypedRequest): ViewResult<V>;
    };
