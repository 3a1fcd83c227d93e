// A tiny highlighter for the playground: strings, comments, numbers and keywords, per language.
// It returns tokens; the page turns them into text nodes (never HTML), so nothing is evaluated.

const KEYWORDS = {
  csharp: 'var new await using namespace class public private static async return null true false string int long bool double decimal object typeof if else foreach in',
  go: 'package import func var const type struct return nil true false if else for range err := go defer map interface',
  java: 'new final var import class public private static return null true false void int long boolean double if else for try catch throws',
  javascript: 'const let var new await async function return null true false undefined import from export if else for of in',
  php: 'new use namespace function return null true false array if else foreach as',
  powershell: 'Import-Module param function return if else foreach in $null $true $false',
  python: 'from import as await async def return None True False if else for in and or not class',
  cli: 'mgc',
  http: 'GET POST PUT PATCH DELETE HEAD OPTIONS HTTP',
  json: 'true false null',
};

const COMMENTS = {
  csharp: ['//', '/*'], go: ['//', '/*'], java: ['//', '/*'], javascript: ['//', '/*'], php: ['//', '#', '/*'],
  powershell: ['#'], python: ['#'], cli: ['#'], http: [], json: [],
};

/** @returns {{ type: 'plain'|'string'|'comment'|'keyword'|'number', text: string }[]} */
export function tokenize(code, language) {
  const words = new Set((KEYWORDS[language] ?? '').split(' ').filter(Boolean));
  const comments = COMMENTS[language] ?? [];
  const tokens = [];
  let plain = '';
  const flush = () => { if (plain) { tokens.push({ type: 'plain', text: plain }); plain = ''; } };
  const push = (type, text) => { flush(); tokens.push({ type, text }); };
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    const rest = code.slice(i, i + 2);
    if (comments.includes('/*') && rest === '/*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end < 0 ? code.length : end + 2;
      push('comment', code.slice(i, stop)); i = stop; continue;
    }
    if ((comments.includes('//') && rest === '//') || (comments.includes('#') && c === '#' && !/[\w$]/.test(code[i - 1] ?? ''))) {
      const end = code.indexOf('\n', i);
      const stop = end < 0 ? code.length : end;
      push('comment', code.slice(i, stop)); i = stop; continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      // PowerShell escapes with a backtick, not a backslash; it is never a string delimiter there.
      if (c === '`' && language === 'powershell') { plain += c; i += 1; continue; }
      const escape = language === 'powershell' ? '`' : '\\';
      let j = i + 1;
      while (j < code.length && code[j] !== c) {
        if (code[j] === escape) j += 1;
        else if (code[j] === '\n' && c !== '`' && language !== 'python' && language !== 'cli' && language !== 'powershell' && language !== 'php') break;
        j += 1;
      }
      const stop = Math.min(j + 1, code.length);
      push('string', code.slice(i, stop)); i = stop; continue;
    }
    if (/[0-9]/.test(c) && !/[\w$]/.test(code[i - 1] ?? '')) {
      const m = /^[0-9][0-9_.xXa-fA-FL]*/.exec(code.slice(i));
      push('number', m[0]); i += m[0].length; continue;
    }
    if (/[A-Za-z_$-]/.test(c) && !/[\w$-]/.test(code[i - 1] ?? '')) {
      const m = /^[$A-Za-z_][\w-]*/.exec(code.slice(i)) ?? /^[$A-Za-z_-]/.exec(code.slice(i));
      const word = m[0];
      if (words.has(word)) push('keyword', word); else plain += word;
      i += word.length; continue;
    }
    plain += c; i += 1;
  }
  flush();
  return tokens;
}

/** Fills `element` with the highlighted code, as text nodes and spans. */
export function highlightInto(element, code, language) {
  element.replaceChildren();
  for (const token of tokenize(code, language)) {
    if (token.type === 'plain') { element.append(document.createTextNode(token.text)); continue; }
    const span = document.createElement('span');
    span.className = `tok-${token.type}`;
    span.textContent = token.text;
    element.append(span);
  }
}
