// The council picture in the dashboard: the hemicycle the server draws with the report's component (one layout, one
// palette), lit step by step. This file only puts the server's SVG on the page and sets data-step on it; the rules
// that grey, ring and colour the seats come from /hemicycle.css, written by the same component.
'use strict';

window.Council = (() => {
  const $ = (id) => document.getElementById(id);
  const ORDER_KEY = 'iomsim.seatOrder';
  const PROJECTOR_KEY = 'iomsim.projector';
  const VOTED = new Set(['tally', 'outcome', 'against', 'abstained', 'funding']);
  const state = { result: null, opened: false, reached: false, shown: null };

  // ---- which picture a list of visible steps calls for ----

  // The latest item told that has a picture, and how far its story has gone: present, objected, requested, voted.
  function stageOf(visible) {
    const pictured = [...visible].reverse().find((s) => s.item && (s.item.narrative.council || s.item.narrative.ballots.length > 0));
    if (!pictured) return null;
    const item = pictured.item;
    const mine = visible.filter((s) => s.item === item);
    const kinds = new Set(mine.map((s) => s.kind));
    if (item.narrative.ballots.length > 0) {
      const rounds = mine.filter((s) => s.kind === 'round');
      if (kinds.has('outcome')) return { item, step: 'voted', round: item.narrative.ballots.length - 1 };
      if (rounds.length > 0) return { item, step: 'voted', round: rounds[rounds.length - 1].round };
      return { item, step: 'present', round: 0 };
    }
    const step = [...kinds].some((k) => VOTED.has(k)) ? 'voted' : kinds.has('request') ? 'requested' : kinds.has('consensus') ? 'objected' : 'present';
    return { item, step, round: null };
  }

  // ---- the seats' hover text, told only as far as the class has got ----

  function seatText(seat, step) {
    const d = seat.dataset;
    if (d.ballot) return step === 'present' ? 'a member entitled to vote (ballots are secret)' : seat.dataset.tip;
    const lines = [`${d.name} (${d.state})`, `region: ${d.region || 'none'}`];
    if (d.groups) lines.push(`groups: ${d.groups}`);
    lines.push(d.present === 'true' ? 'present' : 'absent');
    if (step !== 'present' && d.objected === 'true') lines.push('objected to consensus');
    if ((step === 'requested' || step === 'voted') && d.requested === 'true') lines.push('asked for a formal vote');
    if (step === 'voted') {
      const leaning = seat.closest('svg').dataset.leaning === 'true';
      const vote = d.vote === 'not-entitled' ? 'not entitled' : d.vote;
      lines.push(leaning ? `would vote: ${vote} (no formal vote held)` : `vote: ${vote}`);
      if (d.reason) lines.push(`weighed most: ${d.reason}`);
      if (d.record && recordShown()) lines.push(`on record: ${d.record}`);
    }
    return lines.join(' · ');
  }

  function retitle(chart, step) {
    for (const seat of chart.querySelectorAll('circle.seat')) {
      let title = seat.querySelector('title');
      if (!title) { title = document.createElementNS('http://www.w3.org/2000/svg', 'title'); seat.append(title); }
      if (seat.dataset.tip === undefined) seat.dataset.tip = title.textContent;
      title.textContent = seatText(seat, step);
    }
  }

  // ---- drawing ----

  function markupOf(stage) {
    const n = stage.item.narrative;
    if (stage.round !== null) return n.ballots[stage.round].chart;
    return $('seat-order').value === 'bloc' ? n.council.bloc : n.council.region;
  }

  function caption(stage) {
    const n = stage.item.narrative;
    if (stage.round !== null) {
      const first = n.ballots[0];
      const voters = Object.values(first.votes).reduce((a, b) => a + b, 0) + first.against + first.blank + first.absent;
      return stage.step === 'present'
        ? `Candidates: ${Object.keys(first.votes).join(', ') || 'one, alone'}; ${voters} members entitled to vote`
        : n.ballots[stage.round].outcome;
    }
    switch (stage.step) {
      case 'present': return `${stage.item.id}: who is in the room (grey present, hollow absent)`;
      case 'objected': return n.council.objected ? `Objected to consensus: ${n.council.objected} (black)` : 'No objection to consensus';
      case 'requested': return `Asked for a formal vote: ${n.council.requested} (dot)`;
      default: return n.council.leaning ? 'No formal vote held: each seat shows how its member would have voted' : 'The formal vote, seat by seat';
    }
  }

  function draw(stage) {
    const box = $('seats');
    state.shown = stage;
    if (!stage) {
      box.replaceChildren(Object.assign(document.createElement('p'), { className: 'muted empty', textContent: state.result ? 'No member votes on this item.' : 'Run a scenario to see the seats.' }));
      $('step-caption').textContent = '';
      return;
    }
    // The server's markup, made by LINQ to XML from escaped text: safe to parse as it is.
    box.innerHTML = markupOf(stage);
    const chart = box.querySelector('svg');
    chart.id = 'seat-chart';
    chart.dataset.step = stage.step;
    retitle(chart, stage.step);
    $('step-caption').textContent = caption(stage);
  }

  // ---- the record: hidden until the class reaches the vote, unless the teacher opens it ----

  const recorded = () => (state.result ? state.result.sessions.flatMap((s) => s.items).filter((i) => i.record) : []);
  const recordShown = () => recorded().length === 0 || state.opened || state.reached;

  function toggleButton() {
    let button = $('record-toggle');
    if (!button) {
      button = Object.assign(document.createElement('button'), { type: 'button', id: 'record-toggle' });
      button.addEventListener('click', () => { state.opened = !recordShown(); if (!state.opened) state.reached = false; applyRecord(); });
      $('record').before(button);
    }
    return button;
  }

  function applyRecord() {
    const button = toggleButton();
    const shown = recordShown();
    $('record').hidden = !shown;
    button.hidden = recorded().length === 0;
    button.textContent = shown ? 'Hide the record' : 'Show the record now (it opens by itself at the vote)';
    button.setAttribute('aria-expanded', String(shown));
    if (state.shown) retitle($('seats').querySelector('svg'), state.shown.step);
  }

  // ---- what app.js calls ----

  function clear() {
    state.result = null;
    state.opened = false;
    state.reached = false;
    draw(null);
    applyRecord();
  }

  function start(result) {
    state.result = result;
    state.opened = false;
    state.reached = false;
  }

  function show(visible) {
    draw(stageOf(visible));
    const list = $('steps');
    const current = list.querySelector('li.current');
    if (current) list.scrollTop = Math.max(0, current.offsetTop + current.offsetHeight - list.clientHeight + 8);
    const outcomes = new Set(visible.filter((s) => s.kind === 'tally' || s.kind === 'outcome').map((s) => s.item));
    if (recorded().every((i) => outcomes.has(i))) state.reached = true;
    applyRecord();
  }

  // One round as a step: the votes per candidate, then what followed.
  function roundText(round) {
    if (round.byAcclamation) return round.outcome;
    const votes = Object.entries(round.votes).sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} ${count}`);
    if (round.against) votes.push(`${round.against} against`);
    votes.push(`${round.blank} blank`, `${round.absent} no ballot`);
    return `${round.outcome.replace(/^(Round \d+):/, `$1: ${votes.join(', ')} —`)}`;
  }

  // ---- keys, seating, projector ----

  function typing(target) {
    return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
  }

  function onKey(event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    const onButton = event.target instanceof HTMLButtonElement;
    const forward = event.key === 'ArrowRight' || event.key === 'PageDown' || (event.key === ' ' && !onButton);
    const back = event.key === 'ArrowLeft' || event.key === 'PageUp';
    const target = forward ? 'next' : back ? 'prev' : event.key === 'End' ? 'all' : event.key === 'Home' ? 'first' : null;
    if (!target) return;
    event.preventDefault();
    if (target === 'first') { for (let i = 0; i < 500 && !$('prev').disabled; i++) $('prev').click(); return; }
    if (!$(target).disabled) $(target).click();
  }

  function setProjector(on) {
    document.body.classList.toggle('projector', on);
    $('projector').setAttribute('aria-pressed', String(on));
    $('projector').textContent = on ? 'Leave projector view' : 'Projector view';
    try { localStorage.setItem(PROJECTOR_KEY, on ? '1' : '0'); } catch { /* private mode: not remembered */ }
  }

  function wire() {
    document.addEventListener('keydown', onKey);
    const order = $('seat-order');
    try { order.value = localStorage.getItem(ORDER_KEY) === 'bloc' ? 'bloc' : 'region'; } catch { /* default */ }
    order.addEventListener('change', () => {
      try { localStorage.setItem(ORDER_KEY, order.value); } catch { /* not remembered */ }
      if (state.shown) draw(state.shown);
    });
    $('projector').addEventListener('click', () => setProjector(!document.body.classList.contains('projector')));
    let projector = false;
    try { projector = localStorage.getItem(PROJECTOR_KEY) === '1'; } catch { /* default */ }
    setProjector(projector);
    $('seats').addEventListener('mouseover', (event) => {
      const seat = event.target instanceof Element ? event.target.closest('circle.seat') : null;
      if (seat) $('seat-info').textContent = seat.querySelector('title').textContent;
    });
    clear();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire); else wire();
  return { clear, start, show, roundText };
})();
