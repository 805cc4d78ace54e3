// The IomSim dashboard: talks only to this server's /api, draws everything from the JSON it returns.
'use strict';

const state = { detail: null, changes: [], result: null, previous: null, steps: [], shown: 0, session: null, lastRequest: null };
const $ = (id) => document.getElementById(id);

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'className') node.className = value; else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function status(text, isError = false) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

async function api(path, options) {
  const response = await fetch(path, options);
  if (!response.ok) throw new Error(await refusal(response)); // link.js: plain words, a queue refusal (429) included
  return response.json();
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const num = (x) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const musd = (x) => `US$ ${(x / 1e6).toLocaleString('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} M`;
const spoken = (outcome) => (outcome.startsWith('elected:') ? `${outcome.slice(8)} elected` : outcome.replaceAll('-', ' '));
const names = (list) => list.map((s) => s.name).join(', ');
const tallyText = (t) => `${t.yes} yes, ${t.no} no, ${t.abstain} abstain, ${t.absent} absent, ${t.notEntitled} not entitled`;
const meanTally = (t) => `${num(t.yes.mean)} yes, ${num(t.no.mean)} no, ${num(t.abstain.mean)} abstain, ${num(t.absent.mean)} absent`;

// ---- scenarios and controls ----

// The class's session lives on the server (a grain): its id in the page's address, so a reload or another
// browser given the address finds the same scenario, changes and runs.
function sessionId() {
  const match = /^#session=([A-Za-z0-9_-]{1,64})$/.exec(window.location.hash);
  if (match) return match[1];
  const id = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
  history.replaceState(null, '', `#session=${id}`);
  return id;
}

async function saveSession() {
  try {
    await api(`/api/sessions/${state.session}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ scenario: state.detail.id, changes: state.changes }) });
  } catch (error) {
    status(error.message, true);
  }
}

async function loadScenarios() {
  state.session = sessionId();
  const [list, saved] = await Promise.all([api('/api/scenarios'), api(`/api/sessions/${state.session}`)]);
  const select = $('scenario');
  select.replaceChildren(...list.map((s) => el('option', { value: s.id }, `${s.id} — ${s.title}`)));
  const preferred = list.find((s) => s.id === (saved.scenario ?? 'russia-2020'));
  if (preferred) select.value = preferred.id;
  if (await restoreLink(list)) return; // link.js: the address names a run
  await loadDetail();
  if (saved.scenario === state.detail.id && saved.changes.length > 0) {
    state.changes = saved.changes.map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== null)));
    renderChanges();
    syncControls();
    status(`session ${state.session}: ${saved.changes.length} change(s) and ${saved.runs.length} run(s) restored`);
  }
}

async function loadDetail() {
  const id = $('scenario').value;
  state.detail = await api(`/api/scenarios/${encodeURIComponent(id)}`);
  state.changes = [];
  state.previous = null;
  state.result = null;
  const d = state.detail;
  $('seed').value = d.seed;
  $('runs').value = Math.min(d.runs, d.limits.maxRuns);
  $('runs').max = d.limits.maxRuns;
  $('scenario-title').textContent = `${d.title} · ${d.body} · parameters: ${d.parameters}`;
  const members = d.members.map((m) => el('option', { value: m.code }, `${m.name} (${m.code})`));
  const applicant = d.items.find((i) => i.applicant);
  document.querySelectorAll('.applicant').forEach((n) => { n.textContent = applicant ? applicant.applicant : 'the applicant'; });
  $('stance-box').hidden = !applicant;
  const groups = [...new Set(d.members.flatMap((m) => m.groups))].sort();
  $('stance-who').replaceChildren(
    ...d.members.filter((m) => !applicant || m.code !== applicant.applicant).map((m) => el('option', { value: m.code }, `${m.name} (${m.code}), now ${exact(m.relationToApplicant ?? 0)}`)),
    ...groups.map((g) => el('option', { value: `group:${g}` }, `every member of ${g} (${d.members.filter((m) => m.groups.includes(g)).length})`)));
  $('position-state').replaceChildren(...members.map((o) => o.cloneNode(true)));
  const voted = d.items.filter((i) => i.kind !== 'election' && i.kind !== 'acceptance');
  $('objection-box').hidden = voted.length === 0;
  $('objection-item').replaceChildren(...voted.map((i) => el('option', { value: i.id }, `${i.id} (requested by: ${i.formalVoteRequestedBy.join(', ') || 'nobody'})`)));
  $('objection-state').replaceChildren(...members.map((o) => o.cloneNode(true)));
  $('donor-box').hidden = d.budgetYears.length === 0;
  $('donor').replaceChildren(...d.donors.map((x) => el('option', { value: x.id }, `${x.name} (${x.id}), ${musd(x.voluntaryUsd)}`)));
  setupTeacherControls(d); // controls.js
  syncDonor();
  syncStance();
  $('share-link').hidden = true;
  $('copy-link').disabled = true;
  $('export').disabled = true;
  renderChanges();
  clearStory();
  $('record').replaceChildren(el('p', { className: 'muted' }, 'Run the scenario to compare it with the record.'));
  $('compare-previous').replaceChildren(el('p', { className: 'muted' }, 'Run twice (change something in between) to see both tallies side by side.'));
  $('funding').replaceChildren(el('p', { className: 'muted' }, d.budgetYears.length ? 'Run to see the appeal\'s coverage.' : 'This scenario plays no budget year.'));
  status('');
}

// The relation control shows the chosen state's relation exactly; a group starts at the slider's end, -1.
function syncStance() {
  const who = $('stance-who').value;
  const member = state.detail.members.find((m) => m.code === who);
  const applicant = state.detail.items.find((i) => i.applicant);
  const changed = applicant ? [...state.changes].reverse().find((c) => c.kind === 'relation' && c.to === applicant.applicant && (member ? c.state === who : c.group === who.slice(6))) : null;
  numberControl('stance-weight', changed?.weight ?? (member ? member.relationToApplicant ?? 0 : -1), -1, 1);
  $('stance-weight').dataset.original = member ? $('stance-weight').dataset.original : 'none';
  $('stance-weight-num').dataset.original = $('stance-weight').dataset.original;
}

// After the changes were replaced (a session or a link restored): the controls show what the changes set.
function syncControls() {
  syncDonor();
  syncStance();
  syncPosition();
  syncBehaviour();
  syncModel();
}

function describe(change) {
  switch (change.kind) {
    case 'relation': return change.group
      ? `every member of ${change.group} regards ${change.to} at ${exact(change.weight)}`
      : `${change.state} regards ${change.to} at ${exact(change.weight)}`;
    case 'position': return `${change.state} moves to ${[change.alignment !== undefined ? `alignment ${exact(change.alignment)}` : null, change.rights !== undefined ? `rights ${exact(change.rights)}` : null].filter(Boolean).join(', ')}`;
    case 'behaviour': return `${change.state}: propensity to insist on a vote ${change.consensusBreak}`;
    case 'setting': return describeSetting(change);
    case 'request-vote': return `${change.state} objects and asks for a formal vote on ${change.item}`;
    case 'withdraw-request': return `${change.state} withdraws its request for a formal vote on ${change.item}`;
    case 'donor-scale': return `${change.donor} gives ${change.factor} times its voluntary money`;
    default: return change.kind;
  }
}

function renderChanges() {
  const list = $('changes-list');
  list.replaceChildren(...state.changes.map((change, index) => {
    const remove = el('button', { type: 'button', 'aria-label': 'remove' }, '×');
    remove.addEventListener('click', () => { state.changes.splice(index, 1); renderChanges(); syncControls(); saveSession(); });
    return el('li', {}, describe(change), remove);
  }));
  if (state.changes.length === 0) list.append(el('li', { className: 'muted' }, 'none: the scenario as shipped'));
}

function addChanges(...changes) {
  state.changes = mergeChanges(state.changes, changes); // controls.js: a later change to the same thing replaces the earlier
  renderChanges();
  saveSession();
}

function wireControls() {
  wireTeacherControls(); // controls.js
  wireNumberControl('stance-weight');
  wireLink(); // link.js
  $('scenario').addEventListener('change', () => loadDetail().then(saveSession).catch((e) => status(e.message, true)));
  $('stance-who').addEventListener('change', syncStance);
  $('add-stance').addEventListener('click', () => {
    const applicant = state.detail.items.find((i) => i.applicant).applicant;
    const who = $('stance-who').value;
    try {
      // A group is one change, listed once; the server gives it to every member of the group (docs/dashboard.md).
      const weight = who.startsWith('group:') ? Number($('stance-weight-num').value) : movedValue('stance-weight');
      if (weight === null || !Number.isFinite(weight)) {
        status('nothing moved: the relation is still the scenario\'s, so no change was added');
        return;
      }
      addChanges(who.startsWith('group:') ? { kind: 'relation', group: who.slice(6), to: applicant, weight } : { kind: 'relation', state: who, to: applicant, weight });
    } catch (error) {
      status(error.message, true);
    }
  });
  $('add-objection').addEventListener('click', () => addChanges({ kind: 'request-vote', item: $('objection-item').value, state: $('objection-state').value }));
  $('withdraw-objection').addEventListener('click', () => addChanges(
    { kind: 'withdraw-request', item: $('objection-item').value, state: $('objection-state').value },
    { kind: 'behaviour', state: $('objection-state').value, consensusBreak: 0 }));
  $('donor').addEventListener('change', syncDonor);
  $('add-donor').addEventListener('click', () => {
    const box = $('donor-factor');
    if (box.value === '' || !box.checkValidity()) { status('Factor: expected a number from 0 to 10', true); return; }
    if (Number(box.value) === Number(box.dataset.original)) { status('nothing moved: the donor still gives what the scenario says, so no change was added'); return; }
    addChanges({ kind: 'donor-scale', donor: $('donor').value, factor: Number(box.value) });
    status('');
  });
  $('clear-changes').addEventListener('click', () => { state.changes = []; renderChanges(); syncControls(); saveSession(); });
  $('run-form').addEventListener('submit', (event) => { event.preventDefault(); run(); });
  $('next').addEventListener('click', () => show(state.shown + 1));
  $('prev').addEventListener('click', () => show(state.shown - 1));
  $('all').addEventListener('click', () => show(state.steps.length));
}

// ---- running ----

async function run() {
  const body = {
    scenario: state.detail.id,
    seed: Number($('seed').value),
    runs: Number($('runs').value),
    changes: state.changes,
    session: state.session,
  };
  $('run').disabled = true;
  status('running…');
  try {
    const result = await api('/api/runs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    state.previous = state.result;
    state.result = result;
    state.lastRequest = { scenario: body.scenario, seed: body.seed, runs: body.runs, changes: structuredClone(body.changes) };
    showLink(state.lastRequest); // link.js
    status(`done: ${result.runs} run(s), seed ${result.seed}, stored ${result.stored}`);
    buildStory(result);
    renderRecord(result);
    renderPrevious(state.previous, result);
    renderFunding(result);
  } catch (error) {
    status(error.message, true);
  } finally {
    $('run').disabled = false;
  }
}

// ---- the story, step by step ----

function clearStory() {
  state.steps = [];
  state.shown = 0;
  $('steps').replaceChildren();
  $('run-label').textContent = '';
  Council.clear();
  ['prev', 'next', 'all'].forEach((id) => { $(id).disabled = true; });
}

function buildStory(result) {
  const steps = [];
  for (const session of result.sessions) {
    steps.push({ kind: 'session', text: `${session.date} · ${session.name}` });
    for (const item of session.items) {
      const n = item.narrative;
      steps.push({ kind: 'item', text: `${item.id} (${item.kind}): ${item.title}`, item });
      if (item.kind === 'election') {
        (n.ballots.length ? n.ballots.map(Council.roundText) : n.rounds).forEach((text, round) => steps.push({ kind: 'round', text, item, round }));
      } else if (item.kind !== 'acceptance') {
        steps.push({ kind: 'consensus', item, text: n.objectors.length ? `Objected to consensus: ${names(n.objectors)}` : 'No objection to consensus' });
        if (n.requestedVote.length) steps.push({ kind: 'request', item, text: `Formal vote requested by: ${names(n.requestedVote)}` });
        if (n.tally) steps.push({ kind: 'tally', item, voted: true, text: `Formal vote: ${tallyText(n.tally)}` });
      }
      steps.push({ kind: 'outcome', item, voted: !!n.tally, text: `Outcome: ${spoken(n.outcome)}` });
      for (const [vote, label] of [['no', 'against'], ['abstain', 'abstained']]) {
        const seats = n.seats.filter((s) => s.vote === vote);
        if (seats.length === 0) continue;
        const prefix = n.tally ? label : `no vote held; would have ${label === 'against' ? 'voted against' : 'abstained'}`;
        steps.push({ kind: vote === 'no' ? 'against' : 'abstained', item, voted: !!n.tally, text: seats.length <= 12 ? `${prefix} (${seats.length}): ${names(seats)}` : `${prefix}: ${seats.length} members` });
      }
      const year = result.funding.find((f) => item.year === f.year);
      if (year) steps.push({ kind: 'funding', item, text: `Budget year ${year.year}: ${pct(year.coverage.mean)} of the appeal (${musd(year.appealUsd)}) covered` });
    }
  }
  state.steps = steps;
  Council.start(result);
  $('run-label').textContent = `(run 1 of ${result.runs}, seed ${result.seed})`;
  show(1);
}

function show(count) {
  state.shown = Math.max(1, Math.min(count, state.steps.length));
  const visible = state.steps.slice(0, state.shown);
  $('steps').replaceChildren(...visible.map((step, index) => {
    const li = el('li', { 'data-kind': step.kind }, step.text);
    if (index === visible.length - 1) li.className = 'current';
    return li;
  }));
  // The seats (council.js): the latest item told, lit as far as its story has gone.
  Council.show(visible);
  $('prev').disabled = state.shown <= 1;
  $('next').disabled = state.shown >= state.steps.length;
  $('all').disabled = state.shown >= state.steps.length;
}

// ---- beside the record and the previous run ----

function cell(text, className = '') { return el('td', className ? { className } : {}, text); }

function summary(item) {
  const outcomes = Object.entries(item.outcomes).map(([o, share]) => `${spoken(o)} ${pct(share)}`).join(', ');
  return { outcomes, tally: item.formalVoteShare > 0 ? meanTally(item.tally) : 'no formal vote' };
}

function renderPrevious(previous, current) {
  const box = $('compare-previous');
  if (!previous || previous.scenario !== current.scenario) {
    box.replaceChildren(el('p', { className: 'muted' }, 'Change something and run again: the previous run appears here beside this one.'));
    return;
  }
  const before = new Map(previous.sessions.flatMap((s) => s.items).map((i) => [i.id, i]));
  const rows = current.sessions.flatMap((s) => s.items).filter((i) => before.has(i.id)).flatMap((item) => {
    const a = summary(before.get(item.id));
    const b = summary(item);
    return [
      el('tr', {}, el('th', { colspan: 3 }, item.id)),
      el('tr', { className: a.outcomes === b.outcomes ? '' : 'changed' }, cell('outcome'), cell(a.outcomes), cell(b.outcomes)),
      el('tr', { className: a.tally === b.tally ? '' : 'changed', 'data-item': item.id }, cell('tally'), cell(a.tally, 'before'), cell(b.tally, 'after')),
    ];
  });
  const years = current.funding.map((f) => {
    const p = previous.funding.find((x) => x.year === f.year);
    return p ? el('tr', { className: p.coverage.mean === f.coverage.mean ? '' : 'changed' }, cell(`coverage ${f.year}`), cell(pct(p.coverage.mean)), cell(pct(f.coverage.mean))) : null;
  }).filter(Boolean);
  const list = (r) => (r.changes.length ? r.changes.join('; ') : 'as shipped');
  box.replaceChildren(
    el('table', { id: 'previous-table' },
      el('tr', {}, el('th', {}, ''), el('th', {}, 'previous run'), el('th', {}, 'this run')),
      el('tr', {}, cell('changes'), cell(list(previous)), cell(list(current))),
      el('tr', {}, cell('seed, runs'), cell(`${previous.seed}, ${previous.runs}`), cell(`${current.seed}, ${current.runs}`)),
      ...rows, ...years));
}

wireControls();
loadScenarios().catch((error) => status(error.message, true));
