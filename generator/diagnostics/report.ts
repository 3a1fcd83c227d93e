/**
 * Reporting: every problem becomes a vfile message on the page's VFile, with a place, a rule id
 * from the catalogue and a readable reason. Nothing here throws for bad input.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { catalogue, ruleAnchor, type RuleId } from './catalogue.js';
import type { Place, Severity, Span } from './types.js';

export function report(file: VFile, ruleId: RuleId, reason: string, place?: Place | Span): VFileMessage {
  const [source, rule] = ruleId.split(':') as [string, string];
  const message = file.message(reason, { place, ruleId: rule, source });
  const severity = catalogue[ruleId].severity;
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  message.url = ruleAnchor(ruleId);
  return message;
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** `source:ruleId` of a message, as the catalogue spells it. */
export function fullRuleId(message: VFileMessage): string {
  return `${message.source ?? 'unknown'}:${message.ruleId ?? 'unknown'}`;
}

/** One line per message: `path:line:column: reason [source:rule]` (the compact form tests compare). */
export function formatMessage(message: VFileMessage, path = message.file ?? ''): string {
  const line = message.line ?? 1;
  const column = message.column ?? 1;
  return `${path}:${line}:${column}: ${severityOf(message)} ${message.reason} [${fullRuleId(message)}]`;
}

/** An invariant of snipgen's own was broken: the only thing the library throws. */
export class InternalError extends Error {
  override name = 'InternalError';
}
