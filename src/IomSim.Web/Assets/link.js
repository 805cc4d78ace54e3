// A shareable link (the address restores the scenario, seed, runs and changes, and runs them), the export of the
// current run as the HTML report, and plain words for a run the server refuses to queue (429).
// Loaded before app.js; uses its helpers ($, el, state, status, api) only when called.
'use strict';

// The fields a change may carry (ChangeRequest on the server): anything else in a link is refused before it is sent.
const CHANGE_FIELDS = new Set(['kind', 'state', 'to', 'weight', 'alignment', 'rights', 'consensusBreak', 'attendance', 'abstentionBand',
  'item', 'donor', 'factor', 'fromYear', 'toYear', 'group', 'path', 'value']);

class LinkError extends Error {}

// The link for a run: ?scenario=ID&seed=N&runs=N&changes=JSON (no session: whoever opens it gets a session of their own).
function linkFor(request) {
  const query = new URLSearchParams({ scenario: request.scenario, seed: String(request.seed), runs: String(request.runs) });
  if (request.changes.length > 0) query.set('changes', JSON.stringify(request.changes));
  return `${window.location.origin}/?${query}`;
}

// The run a link asks for, checked as any input is; null when the address carries no link.
function readLink(search, scenarios) {
  const query = new URLSearchParams(search);
  if (![...query.keys()].length) return null;
  for (const key of query.keys()) {
    if (!['scenario', 'seed', 'runs', 'changes'].includes(key)) throw new LinkError(`unknown field '${key}' (expected scenario, seed, runs and changes)`);
  }
  const scenario = query.get('scenario');
  if (!scenario) throw new LinkError('it names no scenario (expected scenario=ID, such as russia-2020)');
  if (!scenarios.some((s) => s.id === scenario)) throw new LinkError(`unknown scenario '${scenario}' (expected one of: ${scenarios.map((s) => s.id).join(', ')})`);
  const seed = query.get('seed');
  if (seed !== null && !/^\d{1,20}$/.test(seed)) throw new LinkError(`seed '${seed}' is not a whole number from 0 up`);
  const runs = query.get('runs');
  if (runs !== null && !/^\d{1,3}$/.test(runs)) throw new LinkError(`runs '${runs}' is not a whole number from 1 to 200`);
  let changes = [];
  if (query.has('changes')) {
    try { changes = JSON.parse(query.get('changes')); } catch { throw new LinkError('its changes are not readable JSON (expected a list of changes)'); }
    if (!Array.isArray(changes)) throw new LinkError('its changes are not a list');
    changes.forEach((change, index) => {
      if (change === null || typeof change !== 'object' || Array.isArray(change)) throw new LinkError(`change ${index + 1} is not an object with a kind`);
      for (const [key, value] of Object.entries(change)) {
        if (!CHANGE_FIELDS.has(key)) throw new LinkError(`change ${index + 1} has an unknown field '${key}'`);
        if (!['string', 'number'].includes(typeof value)) throw new LinkError(`change ${index + 1}: ${key} is not a string or a number`);
      }
    });
  }
  return { scenario, seed: seed === null ? null : seed, runs: runs === null ? null : Number(runs), changes };
}

// Opens the run a link names: its scenario, seed, runs and changes, then runs it. A bad link says why, and the page
// stays as it would be without it.
async function restoreLink(scenarios) {
  let link;
  try {
    link = readLink(window.location.search, scenarios);
  } catch (error) {
    if (!(error instanceof LinkError)) throw error;
    history.replaceState(null, '', `/${window.location.hash}`);
    showLinkProblem(`This link could not be restored: ${error.message}. The dashboard opened without it.`);
    return false;
  }
  if (!link) return false;
  history.replaceState(null, '', `/${window.location.hash}`);
  $('scenario').value = link.scenario;
  await loadDetail();
  if (link.seed !== null) $('seed').value = link.seed;
  if (link.runs !== null) $('runs').value = link.runs;
  state.changes = link.changes;
  renderChanges();
  syncControls();
  await saveSession();
  status(`link restored: ${link.scenario}, seed ${$('seed').value}, ${link.changes.length} change(s); running…`);
  await run();
  return true;
}

function showLinkProblem(message) {
  $('link-problem').textContent = message;
  $('link-problem').hidden = false;
  status(message, true);
}

function showLink(request) {
  const link = linkFor(request);
  $('share-link').value = link;
  $('share-link').hidden = false;
  $('copy-link').disabled = false;
  $('export').disabled = false;
}

async function copyLink() {
  $('share-link').select();
  try {
    await navigator.clipboard.writeText($('share-link').value);
    status('link copied: it opens this run (scenario, seed, runs and changes)');
  } catch {
    status('the link is selected: copy it with Ctrl+C');
  }
}

// The current run (the last one run, not changes added since) as the report `iomsim report` writes.
async function exportReport() {
  const request = state.lastRequest;
  if (!request) return;
  $('export').disabled = true;
  status('writing the report…');
  try {
    const response = await fetch('/api/report', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...request, session: undefined }) });
    if (!response.ok) throw new Error(await refusal(response));
    const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? `${request.scenario}.html`;
    const url = URL.createObjectURL(await response.blob());
    const anchor = el('a', { href: url, download: name });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    status(`report saved as ${name}`);
  } catch (error) {
    status(error.message, true);
  } finally {
    $('export').disabled = false;
  }
}

// What a refused request says, in plain words: the queue bound (429) with its wait, or the problem's detail.
async function refusal(response) {
  const body = await response.json().catch(() => null);
  if (response.status === 429) {
    const wait = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    const when = Number.isFinite(wait) && wait >= 0 ? `try again in ${wait} s` : 'try again in a moment';
    return `Busy: your earlier runs are still queued on the server, so this one was not started; ${when}.`;
  }
  const detail = body && body.detail ? body.detail : `HTTP ${response.status}`;
  return body && body.field ? `${body.field}: ${detail}` : detail;
}

function wireLink() {
  $('copy-link').addEventListener('click', copyLink);
  $('export').addEventListener('click', exportReport);
}
