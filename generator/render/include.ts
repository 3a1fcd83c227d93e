/**
 * The docs include-file format: front matter that marks the file as generated, then one fenced
 * block with the docs' language tag (`output/<lang>/<name>-<lang>-snippets.md`).
 */

/** The include-file base name of a request (`create_accessReviewScheduleDefinition` → `create-accessreviewscheduledefinition`). */
export function includeBaseName(requestName: string): string {
  const slug = requestName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'request' : slug;
}

export function includeFileName(requestName: string, language: string): string {
  return `${includeBaseName(requestName)}-${language}-snippets.md`;
}

/** The include file's text for one snippet (`code` ends with a newline). */
export function includeFileText(fenceTag: string, code: string): string {
  let fence = '```';
  while (code.includes(fence)) fence += '`';
  return `---\ndescription: "Automatically generated file. DO NOT MODIFY"\n---\n\n${fence}${fenceTag}\n\n${code}\n${fence}\n`;
}

/** The code of an include file (the inverse of `includeFileText`), or null when it has no fenced block. */
export function codeOfIncludeFile(text: string): { fenceTag: string; code: string } | null {
  const match = /^(`{3,}|~{3,})[ \t]*([^\n`]*)\n([\s\S]*?)\n\1[ \t]*$/m.exec(text.replace(/\r\n?/g, '\n'));
  if (match === null) return null;
  return { fenceTag: match[2]!.trim(), code: match[3]!.replace(/^\n+/, '').replace(/\n*$/, '\n') };
}
