// The teacher's numeric controls: each shows the exact value the scenario holds (0.0548 stays 0.0548) and only a value
// the teacher moved becomes a change; a change to the same thing replaces the earlier one, and a group is one change.
// Loaded before app.js; uses its helpers ($, el, state, addChanges) only when called.
'use strict';

// A number as the API and the page write it: exact, never rounded for display.
const exact = (x) => String(Number(x));

// A range and a number box that show one value and keep it until moved; `moved` is true once the teacher touched either.
function numberControl(prefix, value, min, max) {
  const range = $(`${prefix}`);
  const box = $(`${prefix}-num`);
  for (const input of [range, box]) {
    input.min = min;
    input.max = max;
    input.step = 'any';
    input.value = exact(value);
    input.dataset.original = exact(value);
  }
  const out = $(`${prefix}-out`);
  if (out) out.textContent = exact(value);
}

function wireNumberControl(prefix) {
  const range = $(prefix);
  const box = $(`${prefix}-num`);
  const out = $(`${prefix}-out`);
  range.addEventListener('input', () => { box.value = range.value; if (out) out.textContent = range.value; });
  box.addEventListener('input', () => { if (box.value !== '' && box.checkValidity()) { range.value = box.value; if (out) out.textContent = box.value; } });
}

// The value the teacher set, or null when the control still holds the scenario's own value.
function movedValue(prefix) {
  const box = $(`${prefix}-num`);
  if (box.value === '' || !box.checkValidity()) throw new Error(`${box.labels[0]?.textContent.trim() || prefix}: expected a number from ${box.min} to ${box.max}`);
  const value = Number(box.value);
  return value === Number(box.dataset.original) ? null : value;
}

// Two changes that say something about the same thing: the later replaces the earlier in the list.
function sameTarget(a, b) {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'relation': return a.to === b.to && (a.group ?? null) === (b.group ?? null) && (a.state ?? null) === (b.state ?? null);
    case 'position': return a.state === b.state;
    case 'setting': return a.path === b.path;
    case 'donor-scale': return a.donor === b.donor && a.fromYear === b.fromYear && a.toYear === b.toYear;
    case 'request-vote': case 'withdraw-request': return a.item === b.item && a.state === b.state;
    case 'behaviour': return a.state === b.state;
    default: return false;
  }
}

function mergeChanges(list, added) {
  const merged = [...list];
  for (const change of added) {
    const at = merged.findIndex((c) => sameTarget(c, change));
    if (at >= 0) merged.splice(at, 1);
    merged.push(change);
  }
  return merged;
}

// ---- the position: the state's exact seeded (or changed) values, a change only for what was moved ----

function syncPosition() {
  const member = state.detail.members.find((m) => m.code === $('position-state').value);
  if (!member) return;
  const changed = [...state.changes].reverse().find((c) => c.kind === 'position' && c.state === member.code);
  numberControl('position-alignment', changed?.alignment ?? member.alignment, -1, 1);
  numberControl('position-rights', changed?.rights ?? member.rights, -1, 1);
}

function positionChange() {
  const alignment = movedValue('position-alignment');
  const rights = movedValue('position-rights');
  if (alignment === null && rights === null) return null;
  const change = { kind: 'position', state: $('position-state').value };
  if (alignment !== null) change.alignment = alignment;
  if (rights !== null) change.rights = rights;
  return change;
}

// ---- a donor's factor: 1 (the scenario's own money) unless a change already sets it ----

function syncDonor() {
  const donor = $('donor').value;
  const changed = [...state.changes].reverse().find((c) => c.kind === 'donor-scale' && c.donor === donor);
  $('donor-factor').value = exact(changed?.factor ?? 1);
  $('donor-factor').dataset.original = $('donor-factor').value;
}

// ---- attendance, abstention band, noise, donor influence: sweep paths (docs/sweeps.md) ----

function settingOf(path) { return state.detail.settings.find((s) => s.path === path); }

function syncBehaviour() {
  const who = $('behaviour-who').value;
  for (const field of ['attendance', 'abstention_band']) {
    const path = `behaviour.${who}.${field}`;
    const changed = [...state.changes].reverse().find((c) => c.kind === 'setting' && c.path === path);
    const member = state.detail.members.find((m) => m.code === who);
    const shipped = member ? (field === 'attendance' ? member.attendance : member.abstentionBand) : settingOf(`behaviour.*.${field}`).value;
    numberControl(`behaviour-${field.replace('_', '-')}`, changed?.value ?? shipped, 0, 1);
  }
}

function syncModel() {
  for (const key of ['noise', 'donor_influence']) {
    const setting = settingOf(`parameters.${key}`);
    const changed = [...state.changes].reverse().find((c) => c.kind === 'setting' && c.path === setting.path);
    numberControl(`model-${key.replace('_', '-')}`, changed?.value ?? setting.value, setting.min, setting.max);
  }
}

function setupTeacherControls(detail) {
  $('behaviour-who').replaceChildren(
    el('option', { value: '*' }, 'every member'),
    ...detail.members.map((m) => el('option', { value: m.code }, `${m.name} (${m.code})`)));
  for (const key of ['noise', 'donor_influence']) {
    const setting = settingOf(`parameters.${key}`);
    $(`model-${key.replace('_', '-')}-help`).textContent = setting.help;
  }
  $('behaviour-help').textContent = `${settingOf('behaviour.*.attendance').help} ${settingOf('behaviour.*.abstention_band').help}`;
  syncPosition();
  syncBehaviour();
  syncModel();
}

function addMoved(changes) {
  if (changes.length === 0) {
    status('nothing moved: the controls still hold the scenario\'s values, so no change was added');
    return;
  }
  addChanges(...changes);
  status('');
}

function wireTeacherControls() {
  ['position-alignment', 'position-rights', 'behaviour-attendance', 'behaviour-abstention-band', 'model-noise', 'model-donor-influence'].forEach(wireNumberControl);
  $('position-state').addEventListener('change', syncPosition);
  $('behaviour-who').addEventListener('change', syncBehaviour);
  $('add-position').addEventListener('click', () => {
    try { const change = positionChange(); addMoved(change ? [change] : []); } catch (error) { status(error.message, true); }
  });
  $('add-behaviour').addEventListener('click', () => {
    try {
      const who = $('behaviour-who').value;
      const changes = [['attendance', 'behaviour-attendance'], ['abstention_band', 'behaviour-abstention-band']]
        .map(([field, prefix]) => [field, movedValue(prefix)])
        .filter(([, value]) => value !== null)
        .map(([field, value]) => ({ kind: 'setting', path: `behaviour.${who}.${field}`, value }));
      addMoved(changes);
    } catch (error) { status(error.message, true); }
  });
  $('add-model').addEventListener('click', () => {
    try {
      const changes = [['noise', 'model-noise'], ['donor_influence', 'model-donor-influence']]
        .map(([key, prefix]) => [key, movedValue(prefix)])
        .filter(([, value]) => value !== null)
        .map(([key, value]) => ({ kind: 'setting', path: `parameters.${key}`, value }));
      addMoved(changes);
    } catch (error) { status(error.message, true); }
  });
}

const SETTING_WORDS = { attendance: 'attendance', abstention_band: 'abstention band', noise: 'noise', donor_influence: 'donor influence' };

function describeSetting(change) {
  const parts = change.path.split('.');
  if (parts[0] === 'parameters') return `model: ${SETTING_WORDS[parts[1]] ?? parts[1]} ${exact(change.value)}`;
  if (parts[0] === 'behaviour') return `${parts[1] === '*' ? 'every member' : parts[1]}: ${SETTING_WORDS[parts[2]] ?? parts[2]} ${exact(change.value)}`;
  return `${change.path} = ${exact(change.value)}`;
}
