// The playground page: the editor's text goes to POST /api/render (as JSON, never evaluated);
// the answer fills the tabs, verdicts, diagnostics and the typed IR. The view (text, request,
// language, API version, IR open) lives in the URL hash, so a link reproduces it.
import { highlightInto } from './highlight.js';

const LANGUAGES = [
  ['csharp', 'C#'], ['go', 'Go'], ['java', 'Java'], ['javascript', 'JavaScript'],
  ['php', 'PHP'], ['powershell', 'PowerShell'], ['python', 'Python'], ['cli', 'CLI'],
];

/** The first screen's gallery: one request of each kind a new user meets. */
const EXAMPLES = [
  {
    id: 'query', label: 'GET with query options',
    text: "GET https://graph.microsoft.com/v1.0/me/messages?$select=subject,from,receivedDateTime&$filter=importance eq 'high'&$orderby=receivedDateTime desc&$top=5",
  },
  {
    id: 'nested', label: 'POST with a nested body',
    text: [
      'POST https://graph.microsoft.com/v1.0/me/events', 'Content-Type: application/json', '', '{',
      '  "subject": "Plan the launch",', '  "body": {', '    "contentType": "html",', '    "content": "Let us <b>plan</b> the launch."', '  },',
      '  "start": {', '    "dateTime": "2026-12-01T10:00:00",', '    "timeZone": "Pacific Standard Time"', '  },',
      '  "end": {', '    "dateTime": "2026-12-01T11:00:00",', '    "timeZone": "Pacific Standard Time"', '  },',
      '  "attendees": [', '    {', '      "emailAddress": {', '        "address": "adele@contoso.com",', '        "name": "Adele Vance"', '      },',
      '      "type": "required"', '    }', '  ]', '}',
    ].join('\n'),
  },
  {
    id: 'action', label: 'An action (sendMail)',
    text: [
      'POST https://graph.microsoft.com/v1.0/me/sendMail', 'Content-Type: application/json', '', '{', '  "message": {',
      '    "subject": "Lunch?",', '    "body": {', '      "contentType": "text",', '      "content": "At noon in the cafeteria."', '    },',
      '    "toRecipients": [', '      {', '        "emailAddress": {', '          "address": "adele@contoso.com"', '        }', '      }', '    ]',
      '  },', '  "saveToSentItems": false', '}',
    ].join('\n'),
  },
  {
    id: 'ref', label: 'A $ref (add a member)',
    text: [
      'POST https://graph.microsoft.com/v1.0/groups/{group-id}/members/$ref', 'Content-Type: application/json', '', '{',
      '  "@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{user-id}"', '}',
    ].join('\n'),
  },
  {
    id: 'stream', label: 'A stream upload (photo)',
    text: ['PUT https://graph.microsoft.com/v1.0/me/photo/$value', 'Content-Type: image/jpeg', '', '<the binary data of the image>'].join('\n'),
  },
];

/** Longer hashes are not written: Chromium refuses URLs over 2 MB, and a link that long helps nobody. */
const MAX_HASH = 200_000;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
/** Messages longer than this are shown shortened, the whole text one click away. */
const SHORT = 160;

const $ = (id) => document.getElementById(id);
const editor = $('editor');
const state = { language: 'csharp', request: 0, apiVersion: 'v1.0', ir: false, answer: null, failure: null };
let sequence = 0;
let timer = null;
let pasteReplacesAll = false;

/** A docs page (markdown) rather than a bare request: anything not starting with an HTTP method. */
function isMarkdown(text) {
  return !/^\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/i.test(text) && /```/.test(text);
}

const languageLabel = (id) => LANGUAGES.find(([l]) => l === id)[1];

/** Reads the whole view from the hash: what the hash does not say takes its default. */
function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const language = params.get('lang');
  state.language = LANGUAGES.some(([id]) => id === language) ? language : 'csharp';
  const request = Number(params.get('request') ?? '0');
  state.request = Number.isInteger(request) && request >= 0 ? request : 0;
  state.apiVersion = params.get('v') === 'beta' ? 'beta' : 'v1.0';
  $('api-version').value = state.apiVersion;
  state.ir = params.get('ir') === '1';
  const text = params.get('text');
  if (text !== null) editor.value = text;
  if (params.get('long') === '1' && text === null) {
    editor.value = '';
    setLinkNote('This link was made from a text too long to carry in a URL, so the text is not in it: paste the text again.');
  }
  return { hasText: text !== null || params.get('long') === '1' };
}

function setLinkNote(text) {
  const note = $('link-note');
  note.textContent = text ?? '';
  note.hidden = !text;
}

function writeHash() {
  const params = new URLSearchParams();
  params.set('lang', state.language);
  if (isMarkdown(editor.value)) params.set('request', String(state.request));
  if (state.apiVersion !== 'v1.0') params.set('v', state.apiVersion);
  if (state.ir) params.set('ir', '1');
  const withoutText = params.toString();
  params.set('text', editor.value);
  let hash = params.toString();
  if (hash.length > MAX_HASH) {
    hash = withoutText + '&long=1';
    setLinkNote(`The text (${editor.value.length.toLocaleString('en')} characters) is too long to keep in the link; the link keeps the language and options only.`);
  } else if ($('link-note').textContent.startsWith('The text (')) {
    setLinkNote(null);
  }
  history.replaceState(null, '', '#' + hash);
}

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'className') node.className = value;
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

/** The offset of a 1-based line and column in the editor's text. */
function offsetOf(line, column) {
  const lines = editor.value.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i += 1) offset += lines[i].length + 1;
  return offset + Math.max(0, Math.min(column - 1, (lines[line - 1] ?? '').length));
}

/**
 * The vertical position (px, from the top of the text) of an offset in the editor, wrapped lines
 * included: measured on an invisible copy of the editor with the same width, font and wrapping.
 */
function offsetTop(offset) {
  const style = getComputedStyle(editor);
  const mirror = document.createElement('div');
  for (const prop of ['boxSizing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth',
    'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'lineHeight', 'letterSpacing',
    'wordSpacing', 'tabSize', 'textIndent', 'textTransform']) mirror.style[prop] = style[prop];
  const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
  mirror.style.width = `${editor.clientWidth + borders}px`;
  mirror.style.whiteSpace = 'pre-wrap';
  mirror.style.overflowWrap = 'break-word';
  mirror.style.position = 'absolute';
  mirror.style.visibility = 'hidden';
  mirror.style.top = '0';
  mirror.style.left = '-10000px';
  mirror.textContent = editor.value.slice(0, offset);
  const marker = document.createElement('span');
  marker.textContent = '\u200b';
  mirror.append(marker);
  document.body.append(mirror);
  const top = marker.offsetTop - parseFloat(style.paddingTop);
  mirror.remove();
  return top;
}

/** Scrolls the editor so that the offset is in view, a third of the way down. */
function scrollToOffset(offset) {
  editor.scrollTop = Math.max(0, offsetTop(offset) - editor.clientHeight / 3);
}

/** Moves the editor's caret to a 1-based line and column and scrolls it into view. */
function moveCaret(line, column) {
  const offset = offsetOf(line, column);
  editor.focus({ preventScroll: true });
  editor.setSelectionRange(offset, offset);
  scrollToOffset(offset);
}

/** The embedded model's source names every SDK package it was built from: shown as its short name. */
function shorten(message) {
  return message.replace(/embedded:@microsoft\/msgraph-sdk(?:-beta)?@[^\s+]+(?:\+@microsoft\/[^\s+]+)*/g, 'the embedded model');
}

function messageNode(message) {
  const short = shorten(message);
  if (short.length <= SHORT && short === message) return [message];
  if (short.length <= SHORT) return [el('span', { title: message, text: short })];
  return [
    el('span', { text: short.slice(0, SHORT - 20).trimEnd() + '… ' }),
    el('details', {}, [el('summary', { text: 'whole message' }), el('span', { text: message })]),
  ];
}

function diagnosticItem(d, placed) {
  const children = [];
  if (placed) {
    const link = el('a', { href: '#', className: 'place', 'data-line': String(d.line), 'data-column': String(d.column), text: `${d.line}:${d.column}` });
    link.addEventListener('click', (event) => { event.preventDefault(); moveCaret(d.line, d.column); });
    children.push(link);
  } else {
    children.push(el('span', { className: 'place', text: `${d.line}:${d.column}` }), ' ');
  }
  children.push(el('span', { className: `sev sev-${d.severity}`, text: d.severity }), ...messageNode(d.message), ' ', el('span', { className: 'rule', text: `[${d.ruleId}]` }));
  return el('li', { className: `diagnostic sev-${d.severity}`, 'data-rule': d.ruleId }, children);
}

/** The diagnostics of the request and of the selected language, without repeats: errors first, then by place. */
function editorDiagnostics(answer) {
  const seen = new Set();
  const all = [...answer.diagnostics, ...(answer.languages[state.language]?.diagnostics ?? [])];
  return all.filter((d) => {
    const key = `${d.line}:${d.column}:${d.ruleId}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3) || a.line - b.line || a.column - b.column);
}

/**
 * What a tab says about its snippet: `invalid` (the checker rejects it), `none` (not rendered), or
 * for one that parses, how far the request was typed: `typed` (against a complete schema, nothing
 * inferred), `inferred` (rests on inferred facts of the embedded model), `parses` (not resolved,
 * or typed only against the embedded model, which is not a complete schema).
 */
function standingOf(answer, id) {
  const result = answer?.languages[id];
  if (!result || result.code === null) return 'none';
  if (!result.verdict.valid) return 'invalid';
  const typing = answer.typing;
  if (!typing || !typing.resolved) return 'parses';
  if (typing.restsOnInference) return 'inferred';
  return typing.schema === 'complete' ? 'typed' : 'parses';
}

const MARKS = { typed: '✓', inferred: '◐', parses: '○', invalid: '✗', none: '–' };
const SAID = {
  typed: 'parses, typed against a complete schema',
  inferred: 'parses, rests on inferred facts',
  parses: 'parses, not typed against a complete schema',
  invalid: 'does not parse',
  none: 'not rendered',
};

/** The tab buttons are made once; a render only updates them, so focus stays where it is. */
function buildTabs() {
  const tabs = $('tabs');
  for (const [id, label] of LANGUAGES) {
    const button = el('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'data-language': id, 'aria-controls': 'panel', 'aria-selected': 'false', tabindex: '-1' },
      [label, el('span', { className: 'mark', 'aria-hidden': 'true' }), el('span', { className: 'visually-hidden said' })]);
    button.addEventListener('click', () => selectLanguage(id));
    tabs.append(button);
  }
  tabs.addEventListener('keydown', (event) => {
    const index = LANGUAGES.findIndex(([id]) => id === state.language);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: LANGUAGES.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const id = LANGUAGES[(next + LANGUAGES.length) % LANGUAGES.length][0];
    selectLanguage(id);
    $(`tab-${id}`).focus();
  });
}

function selectLanguage(id) {
  state.language = id;
  writeHash();
  show();
}

function renderTabs(answer) {
  for (const [id] of LANGUAGES) {
    const button = $(`tab-${id}`);
    const result = answer?.languages[id];
    const status = !result || result.code === null ? 'none' : result.verdict?.valid ? 'valid' : 'invalid';
    const standing = answer ? standingOf(answer, id) : 'none';
    const selected = id === state.language;
    button.className = status;
    button.dataset.status = status;
    button.dataset.typing = answer ? standing : '';
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    const mark = button.querySelector('.mark');
    mark.className = `mark ${standing}`;
    mark.textContent = answer ? MARKS[standing] : '';
    button.querySelector('.said').textContent = answer ? `: ${SAID[standing]}` : '';
  }
  $('panel').setAttribute('aria-labelledby', `tab-${state.language}`);
}

function typingText(answer, standing) {
  const typing = answer.typing;
  if (!typing) return '';
  if (!typing.resolved) {
    const reason = typing.reasons[0];
    return `○ not typed: ${reason ? `${shorten(reason.message)} (${reason.line}:${reason.column})` : 'the request does not resolve against the schema'}`;
  }
  if (standing === 'typed') return '✓ typed against a complete schema';
  if (typing.restsOnInference) {
    const facts = typing.inferences.filter((i) => !/^singleton 'me'/.test(i.what));
    const shown = (facts.length > 0 ? facts : typing.inferences).slice(0, 2).map((i) => `${i.what} (${i.line}:${i.column})`).join('; ');
    return `◐ rests on inferred facts of the embedded model (not a complete schema): ${shown}. Start the playground with --schema <CSDL> to type against a complete schema.`;
  }
  return '○ typed against the embedded model only, not a complete schema';
}

function clearPanel() {
  $('verdict').className = 'verdict none';
  $('typing').className = 'typing';
  $('typing').textContent = '';
  $('findings').replaceChildren();
  $('code').firstElementChild.replaceChildren();
  $('copy').disabled = true;
}

function renderPanel(answer) {
  const failure = $('failure');
  failure.hidden = state.failure === null;
  failure.textContent = state.failure ?? '';
  const result = answer?.languages[state.language];
  const verdict = $('verdict');
  clearPanel();
  if (state.failure !== null) {
    verdict.textContent = 'nothing rendered: the text was not rendered (see above)';
    return;
  }
  if (!result || result.code === null) {
    if (!answer) verdict.textContent = '';
    else if (answer.requests && answer.requests.length === 0) {
      verdict.textContent = 'No request example in this page. A request example is a code fence right after an annotation like <!-- { "blockType": "request", "name": "get_me" } -->; or type a bare request, starting with its method (GET /me).';
    } else {
      const own = [...(result?.diagnostics ?? []), ...answer.diagnostics].filter((d) => d.severity === 'error');
      verdict.textContent = own.length > 0
        ? `not rendered in ${languageLabel(state.language)}: ${shorten(own[0].message)} [${own[0].ruleId}]`
        : `not rendered in ${languageLabel(state.language)}: see the diagnostics`;
    }
    return;
  }
  $('copy').disabled = false;
  highlightInto($('code').firstElementChild, result.code, state.language);
  const standing = standingOf(answer, state.language);
  if (result.verdict.valid) {
    verdict.className = 'verdict valid';
    verdict.textContent = `parses: valid ${languageLabel(state.language)}`;
    $('typing').className = `typing ${standing}`;
    $('typing').textContent = typingText(answer, standing);
  } else {
    verdict.className = 'verdict invalid';
    const first = result.verdict.findings.find((f) => f.severity === 'error');
    verdict.textContent = `does not parse: ${first.ruleId} at line ${first.line}`;
  }
  $('findings').replaceChildren(...result.verdict.findings.map((f) => diagnosticItem(f, false)));
}

function renderRequests(answer) {
  const picker = $('request-picker');
  const select = $('request');
  if (!answer?.requests) { picker.hidden = true; $('mode').textContent = answer ? 'HTTP request' : ''; return; }
  picker.hidden = false;
  $('mode').textContent = `docs page: ${answer.requests.length} request example(s)`;
  select.replaceChildren(...answer.requests.map((r) => el('option', { value: String(r.index), text: `${r.name} — ${r.title} (line ${r.line})` })));
  if (answer.selected !== null) select.value = String(answer.selected);
}

function renderGallery() {
  for (const button of $('gallery').querySelectorAll('button')) {
    const example = EXAMPLES.find((e) => e.id === button.dataset.example);
    button.setAttribute('aria-current', String(editor.value === example.text));
  }
}

function show() {
  const answer = state.answer;
  renderTabs(answer);
  renderPanel(answer);
  renderRequests(answer);
  renderGallery();
  const list = $('diagnostics');
  const diagnostics = answer ? editorDiagnostics(answer) : [];
  list.replaceChildren(...diagnostics.map((d) => diagnosticItem(d, true)));
  $('diagnostic-count').textContent = answer ? `(${diagnostics.length})` : '';
  $('ir-box').open = state.ir;
  $('ir').textContent = state.ir && answer && 'ir' in answer ? JSON.stringify(answer.ir, null, 2) : '';
}

function setStatus(text, isError = false) {
  const status = $('status');
  status.textContent = text;
  status.className = isError ? 'status error' : 'status';
}

/** The server refused the text or cannot be reached: the old snippets go, the reason takes their place. */
function fail(message) {
  state.answer = null;
  state.failure = message;
  show();
  setStatus(message, true);
  document.body.dataset.failed = String(Number(document.body.dataset.failed ?? '0') + 1);
}

async function render() {
  const text = editor.value;
  const mine = ++sequence;
  writeHash();
  if (text.trim() === '') { state.answer = null; state.failure = null; show(); setStatus('Type a request, or start from an example above.'); return; }
  const body = isMarkdown(text)
    ? { markdown: text, request: state.request, apiVersion: state.apiVersion, ir: state.ir }
    : { http: text, apiVersion: state.apiVersion, ir: state.ir };
  setStatus('rendering…');
  let response;
  let answer;
  try {
    response = await fetch('/api/render', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    answer = await response.json();
  } catch (error) {
    if (mine === sequence) fail(`cannot reach the playground server (is snipgen serve still running?): ${error.message}`);
    return;
  }
  if (mine !== sequence) return;
  if (!response.ok) { fail(`not rendered: ${answer?.error ?? `HTTP ${response.status}`}`); return; }
  state.answer = answer;
  state.failure = null;
  show();
  setStatus('rendered');
  document.body.dataset.rendered = String(mine);
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(render, 200);
}

/** Puts a gallery example in the editor, at its top, and renders it. */
function loadExample(example) {
  editor.value = example.text;
  state.request = 0;
  editor.setSelectionRange(0, 0);
  editor.scrollTop = 0;
  clearTimeout(timer);
  render();
}

function buildGallery() {
  $('gallery').replaceChildren(...EXAMPLES.map((example) => {
    const button = el('button', { type: 'button', 'data-example': example.id, text: example.label });
    button.addEventListener('click', () => loadExample(example));
    return el('li', {}, [button]);
  }));
}

editor.addEventListener('paste', () => {
  pasteReplacesAll = editor.value === '' || (editor.selectionStart === 0 && editor.selectionEnd === editor.value.length);
});
editor.addEventListener('input', (event) => {
  if (event.inputType === 'insertFromPaste' && pasteReplacesAll) {
    // A new text: its first example, seen from its top.
    state.request = 0;
    editor.setSelectionRange(0, 0);
    editor.scrollTop = 0;
  }
  pasteReplacesAll = false;
  schedule();
});
$('request').addEventListener('change', (event) => {
  state.request = Number(event.target.value);
  const chosen = state.answer?.requests?.find((r) => r.index === state.request);
  if (chosen) scrollToOffset(offsetOf(chosen.line, 1));
  render();
});
$('api-version').addEventListener('change', (event) => { state.apiVersion = event.target.value; render(); });
$('ir-box').addEventListener('toggle', () => {
  if ($('ir-box').open === state.ir) return;
  state.ir = $('ir-box').open;
  render();
});
$('copy').addEventListener('click', async () => {
  const code = state.answer?.languages[state.language]?.code;
  if (code == null) return;
  try {
    await navigator.clipboard.writeText(code);
    setStatus('copied');
  } catch {
    const range = document.createRange();
    range.selectNodeContents($('code'));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    setStatus('selected: press Ctrl+C to copy');
  }
});
window.addEventListener('hashchange', () => { readHash(); render(); });

buildTabs();
buildGallery();
const { hasText } = readHash();
// The first screen: the first example, already rendered, unless the link says otherwise.
if (!hasText) editor.value = EXAMPLES[0].text;
show();
render();
