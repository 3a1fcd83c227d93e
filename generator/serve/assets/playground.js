// The playground page: the editor's text goes to POST /api/render (as JSON, never evaluated);
// the answer fills the tabs, verdicts, diagnostics and the typed IR. The view (text, request,
// language, API version, IR open) lives in the URL hash, so a link reproduces it.
import { highlightInto } from './highlight.js';

const LANGUAGES = [
  ['csharp', 'C#'], ['go', 'Go'], ['java', 'Java'], ['javascript', 'JavaScript'],
  ['php', 'PHP'], ['powershell', 'PowerShell'], ['python', 'Python'], ['cli', 'CLI'],
];

const $ = (id) => document.getElementById(id);
const editor = $('editor');
const state = { language: 'csharp', request: 0, apiVersion: 'v1.0', ir: false, answer: null };
let sequence = 0;
let timer = null;

/** A docs page (markdown) rather than a bare request: anything not starting with an HTTP method. */
function isMarkdown(text) {
  return !/^\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/i.test(text) && /```/.test(text);
}

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const language = params.get('lang');
  if (LANGUAGES.some(([id]) => id === language)) state.language = language;
  const request = Number(params.get('request'));
  if (Number.isInteger(request) && request >= 0) state.request = request;
  if (params.get('v') === 'beta') state.apiVersion = 'beta';
  state.ir = params.get('ir') === '1';
  const text = params.get('text');
  if (text !== null) editor.value = text;
}

function writeHash() {
  const params = new URLSearchParams();
  params.set('lang', state.language);
  if (isMarkdown(editor.value)) params.set('request', String(state.request));
  if (state.apiVersion !== 'v1.0') params.set('v', state.apiVersion);
  if (state.ir) params.set('ir', '1');
  params.set('text', editor.value);
  history.replaceState(null, '', '#' + params.toString());
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

/** Moves the editor's caret to a 1-based line and column. */
function moveCaret(line, column) {
  const lines = editor.value.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i += 1) offset += lines[i].length + 1;
  offset += Math.max(0, Math.min(column - 1, (lines[line - 1] ?? '').length));
  editor.focus();
  editor.setSelectionRange(offset, offset);
  const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 18;
  editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
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
  children.push(el('span', { className: `sev sev-${d.severity}`, text: d.severity }), d.message, ' ', el('span', { className: 'rule', text: `[${d.ruleId}]` }));
  return el('li', { className: `diagnostic sev-${d.severity}` }, children);
}

/** The diagnostics of the request and of the selected language, without repeats, by place. */
function editorDiagnostics(answer) {
  const seen = new Set();
  const all = [...answer.diagnostics, ...(answer.languages[state.language]?.diagnostics ?? [])];
  return all.filter((d) => {
    const key = `${d.line}:${d.column}:${d.ruleId}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => a.line - b.line || a.column - b.column);
}

function renderTabs(answer) {
  const tabs = $('tabs');
  tabs.replaceChildren();
  for (const [id, label] of LANGUAGES) {
    const result = answer?.languages[id];
    const status = !result ? 'none' : result.code === null ? 'none' : result.verdict?.valid ? 'valid' : 'invalid';
    const mark = status === 'valid' ? '✓' : status === 'invalid' ? '✗' : '–';
    const button = el('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'data-language': id, 'data-status': status, className: status, 'aria-selected': String(id === state.language) }, [label, el('span', { className: 'mark', text: mark })]);
    button.addEventListener('click', () => { state.language = id; writeHash(); show(); });
    tabs.append(button);
  }
}

function renderPanel(answer) {
  const result = answer?.languages[state.language];
  const verdict = $('verdict');
  const findings = $('findings');
  const code = $('code').firstElementChild;
  findings.replaceChildren();
  if (!result || result.code === null) {
    verdict.className = 'verdict none';
    verdict.textContent = answer ? 'not rendered: see the diagnostics' : '';
    code.replaceChildren();
    $('copy').disabled = true;
    return;
  }
  $('copy').disabled = false;
  highlightInto(code, result.code, state.language);
  if (result.verdict.valid) {
    verdict.className = 'verdict valid';
    verdict.textContent = `valid ${LANGUAGES.find(([id]) => id === state.language)[1]}`;
  } else {
    verdict.className = 'verdict invalid';
    const first = result.verdict.findings.find((f) => f.severity === 'error');
    verdict.textContent = `invalid: ${first.ruleId} at line ${first.line}`;
  }
  for (const f of result.verdict.findings) findings.append(diagnosticItem(f, false));
}

function renderRequests(answer) {
  const picker = $('request-picker');
  const select = $('request');
  if (!answer?.requests) { picker.hidden = true; $('mode').textContent = 'HTTP request'; return; }
  picker.hidden = false;
  $('mode').textContent = `docs page: ${answer.requests.length} request example(s)`;
  select.replaceChildren(...answer.requests.map((r) => el('option', { value: String(r.index), text: `${r.name} — ${r.title} (line ${r.line})` })));
  if (answer.selected !== null) select.value = String(answer.selected);
}

function show() {
  const answer = state.answer;
  renderTabs(answer);
  renderPanel(answer);
  renderRequests(answer);
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

async function render() {
  const text = editor.value;
  const mine = ++sequence;
  writeHash();
  if (text.trim() === '') { state.answer = null; show(); setStatus('Type a request to see its snippets.'); return; }
  const body = isMarkdown(text)
    ? { markdown: text, request: state.request, apiVersion: state.apiVersion, ir: state.ir }
    : { http: text, apiVersion: state.apiVersion, ir: state.ir };
  setStatus('rendering…');
  try {
    const response = await fetch('/api/render', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const answer = await response.json();
    if (mine !== sequence) return;
    if (!response.ok) { setStatus(answer.error ?? `HTTP ${response.status}`, true); return; }
    state.answer = answer;
    show();
    setStatus('rendered');
    document.body.dataset.rendered = String(mine);
  } catch (error) {
    if (mine === sequence) setStatus(`cannot reach the playground server: ${error.message}`, true);
  }
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(render, 200);
}

editor.addEventListener('input', schedule);
$('request').addEventListener('change', (event) => { state.request = Number(event.target.value); render(); });
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

readHash();
$('api-version').value = state.apiVersion;
show();
render();
