// "Beside the record" and the funding view: drawn from the API's record (the same comparison code as `iomsim compare`)
// for every route the record took — a formal vote, consensus, an election — and from each budget year's documented
// figures and flows. Loaded before app.js; uses its helpers (el, $, pct, num, musd, spoken) only when called.
'use strict';

// An SVG element with attributes: the funding view's charts are the only SVG this page builds itself (the seats come
// from the server's hemicycle).
function svg(tag, attributes = {}) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

function td(text, className = '') { return el('td', className ? { className } : {}, text); }
function th(text, className = '') { return el('th', className ? { className } : {}, text); }

// As `compare` prints a figure: shares in per cent, counts as numbers, money in US$ millions.
function figure(measure, value) {
  if (value === null || value === undefined) return 'n/a';
  if (['share', 'top-five-share', 'voluntary-share-of-budget'].includes(measure)) return pct(value);
  if (measure === 'count') return num(value);
  if (measure === 'index') return value.toFixed(3);
  return (value / 1e6).toLocaleString('en', { maximumFractionDigits: 3, minimumFractionDigits: 1 });
}

function outcomesText(item) {
  return Object.entries(item.outcomes).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o, share]) => `${spoken(o)} ${pct(share)}`).join(', ');
}

function tallyTable(item, r, runs) {
  const head = el('tr', {}, th('tally'), th('yes', 'num'), th('no', 'num'), th('abstain', 'num'), th('error', 'num'), th('source'));
  const simulated = r.tallyCompared
    ? el('tr', { 'data-row': 'simulated' }, td('simulated (mean)'), td(num(item.tally.yes.mean), 'num'), td(num(item.tally.no.mean), 'num'), td(num(item.tally.abstain.mean), 'num'), td(''),
      td(`over the ${pct(r.formalVoteShare)} of ${runs} run(s) that held a formal vote`))
    : el('tr', { 'data-row': 'simulated' }, td('simulated'), el('td', { colspan: 4, className: 'muted' }, 'no formal vote in any run: no tally'), td(`${runs} run(s)`));
  const documented = r.tallies.map((t) => el('tr', { 'data-row': 'documented' }, td('documented'), td(t.yes, 'num'), td(t.no, 'num'), td(t.abstain, 'num'),
    td(t.error === null ? '—' : num(t.error), 'num'), td(t.source)));
  return el('table', { className: 'record-tallies' }, head, simulated, ...documented);
}

function namedTable(r) {
  return el('table', { className: 'record-named' },
    el('tr', {}, th('named vote'), th('on record'), th('agreement', 'num')),
    ...r.namedVotes.map((n) => el('tr', {}, td(`${n.name} (${n.state})`), td(n.documented), td(pct(n.agreement), 'num'))));
}

function voteRecord(item, r, runs) {
  const parts = [];
  const route = r.formalVote ? `by formal vote${r.voteRequestedBy ? `, requested by ${r.voteRequestedBy}` : ''}` : 'without a formal vote (by consensus)';
  parts.push(el('p', { className: 'route' }, `On record: ${r.outcome}, ${route}.`));
  parts.push(el('p', {}, `Simulated: ${outcomesText(item)}; formal vote in ${pct(r.formalVoteShare)} of runs. Outcome and route as on record in ${pct(r.outcomeMatch)} of runs.`));
  if (r.formalVote && !r.tallyCompared) {
    parts.push(el('p', { className: 'no-vote' }, `No vote held: no run reached a formal vote, so the documented tallies have nothing to be compared with (no tally error). The record's route was a vote${r.voteRequestedBy ? ` requested by ${r.voteRequestedBy}` : ''}; here the item ended without one.`));
  }
  if (r.tallies.length > 0) parts.push(tallyTable(item, r, runs));
  if (r.namedVotes.length > 0) {
    parts.push(namedTable(r));
    parts.push(el('p', { className: 'muted' }, `Named votes matched ${pct(r.namedVotesMatched)} (${r.namedVotes.length} states)${r.tallyCompared ? '' : '; without a vote these are the votes the states would have cast'}.`));
  }
  return parts;
}

function electionRecord(item, r) {
  const e = r.election;
  const winners = Object.entries(e.winners).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([who, share]) => (who === 'no winner' ? `no winner ${pct(share)}` : `${who} elected ${pct(share)}`)).join(', ');
  const parts = [
    el('p', { className: 'route' }, `On record: ${e.documentedWinner} elected.`),
    el('p', {}, `Simulated: ${winners}; ${num(e.meanRounds)} rounds on average. Winner as on record in ${pct(e.winnerShare)} of runs.`),
  ];
  if (e.rounds.length === 0) parts.push(el('p', { className: 'muted' }, 'Round tallies: none on record (no source the project holds gives them).'));
  for (const round of e.rounds) {
    parts.push(el('table', { className: 'record-round' },
      el('tr', {}, th(`round ${round.number}`), th('on record', 'num'), th('simulated', 'num')),
      ...Object.entries(round.documented).map(([who, votes]) => el('tr', {}, td(who), td(votes, 'num'), td(num(round.simulated[who] ?? 0), 'num')))));
    parts.push(el('p', { className: 'muted' }, `Round ${round.number}: held in ${pct(round.reachedShare)} of runs; ${round.error === null ? 'no run held this round' : `error ${num(round.error)} votes per candidate`}. Source: ${round.source}.`));
  }
  return parts;
}

function fundingRecord(year) {
  return [
    el('h3', {}, `Budget year ${year.year}: documented figures`),
    el('table', { className: 'record-funding', 'data-year': year.year },
      el('tr', {}, th('measure'), th('donor'), th('documented', 'num'), th('simulated', 'num')),
      // The definition and source under each figure: they are long, and the panel is narrow.
      ...year.documented.flatMap((f) => [
        el('tr', { 'data-measure': f.measure, className: 'figure' },
          td(f.measure), td(f.donor ?? ''), td(figure(f.measure, f.documented), 'num'), td(figure(f.measure, f.simulated), 'num')),
        el('tr', { className: 'definition' }, el('td', { colspan: 4, className: 'definition muted' }, `${f.definition} (${f.source})`)),
      ])),
    el('p', { className: 'muted' }, `Money in US$ millions. Simulated shares are measured over ${year.sharesMeasuredOver}.`),
  ];
}

function renderRecord(result) {
  const box = $('record');
  const items = result.sessions.flatMap((s) => s.items).filter((i) => i.record);
  const years = result.funding.filter((f) => f.documented.length > 0);
  if (items.length === 0 && years.length === 0) {
    box.replaceChildren(el('p', { className: 'muted' }, 'Nothing on record to compare for this scenario.'));
    return;
  }
  box.replaceChildren(
    ...items.flatMap((item) => {
      const r = item.record;
      const body = r.route === 'election' ? electionRecord(item, r) : voteRecord(item, r, result.runs);
      return [el('h3', {}, item.id), el('div', { className: 'record-item', 'data-item': item.id, 'data-route': r.route, 'data-voted': String(r.tallyCompared) }, ...body)];
    }),
    ...years.flatMap(fundingRecord));
}

// ---- the funding view: where the money went, and how much of the appeal it covered ----

const USES = [['toProjectsUsd', 'projects that ran', 'use-projects'], ['toCoreUsd', 'core (unearmarked)', 'use-core'], ['returnedUsd', 'returned', 'use-returned'], ['carriedOverUsd', 'carried over', 'use-carried']];

function flowChart(f) {
  const width = 420, label = 110, row = 20, top = 6;
  const largest = Math.max(...f.topDonors.map((d) => d.voluntaryUsd), 1);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${top + row * f.topDonors.length + 4}`, role: 'img', class: 'flows', 'aria-label': `Voluntary money ${f.year} by contributor and use` });
  f.topDonors.forEach((d, i) => {
    const y = top + i * row;
    const name = svg('text', { x: label - 6, y: y + 13, 'text-anchor': 'end', 'font-size': 12 });
    name.textContent = d.donor === 'others' ? d.name : d.donor;
    chart.append(name);
    let x = label;
    for (const [field, use, className] of USES) {
      const w = (width - label - 40) * d[field] / largest;
      if (w <= 0) continue;
      const bar = svg('rect', { x: x.toFixed(1), y, width: w.toFixed(1), height: row - 5, class: className, 'data-donor': d.donor, 'data-use': field });
      const title = svg('title');
      title.textContent = `${d.name}: ${musd(d[field])} ${use}`;
      bar.append(title);
      chart.append(bar);
      x += w;
    }
    const total = svg('text', { x: x + 4, y: y + 13, 'font-size': 11, fill: '#5b6770' });
    total.textContent = (d.voluntaryUsd / 1e6).toLocaleString('en', { maximumFractionDigits: 0 });
    chart.append(total);
  });
  return chart;
}

function coverageChart(f) {
  const width = 420, label = 130, row = 18;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${row * f.byTheme.length + 6}`, role: 'img', class: 'coverage-chart', 'aria-label': `Coverage by theme ${f.year}` });
  f.byTheme.forEach((t, i) => {
    const y = 3 + i * row;
    const name = svg('text', { x: label - 6, y: y + 12, 'text-anchor': 'end', 'font-size': 12 });
    name.textContent = t.key;
    chart.append(svg('rect', { x: label, y, width: width - label - 50, height: row - 5, class: 'appeal' }));
    const bar = svg('rect', { x: label, y, width: ((width - label - 50) * Math.min(1, t.coverage)).toFixed(1), height: row - 5, class: 'covered', 'data-theme': t.key });
    const title = svg('title');
    title.textContent = `${t.key}: ${pct(t.coverage)} of ${musd(t.costUsd)} covered; ${t.projects} projects, ${num(t.cancelled)} cancelled`;
    bar.append(title);
    const value = svg('text', { x: width - 46, y: y + 12, 'font-size': 11 });
    value.textContent = pct(t.coverage);
    chart.append(name, bar, value);
  });
  return chart;
}

function renderFunding(result) {
  const box = $('funding');
  if (result.funding.length === 0) {
    box.replaceChildren(el('p', { className: 'muted' }, 'This scenario plays no budget year.'));
    return;
  }
  box.replaceChildren(...result.funding.flatMap((f) => [
    el('h3', {}, `Budget year ${f.year}`),
    el('p', { className: 'coverage', 'data-year': f.year, 'data-coverage': f.coverage.mean.toFixed(6) },
      `Coverage of the appeal: ${pct(f.coverage.mean)} (p05–p95 ${pct(f.coverage.p05)}–${pct(f.coverage.p95)}); appeal ${musd(f.appealUsd)}, funded ${musd(f.fundedUsd)}; new voluntary money ${musd(f.voluntaryNewUsd)}; cancelled projects ${num(f.cancelledProjects)}; top five ${f.topFive.join(', ')}: ${pct(f.topFiveShare)}.`),
    el('h4', {}, 'Where the voluntary money went (US$ millions, means over runs)'),
    el('p', { className: 'legend' }, ...USES.map(([field, use, className]) => el('span', { className: 'key' }, el('span', { className: `swatch ${className}` }), `${use} ${musd(f[field])}`))),
    flowChart(f),
    el('h4', {}, 'Coverage of the appeal by theme'),
    coverageChart(f),
    el('table', { className: 'themes' },
      el('tr', {}, th('theme'), th('projects', 'num'), th('appeal', 'num'), th('coverage', 'num'), th('cancelled', 'num')),
      ...f.byTheme.map((t) => el('tr', {}, td(t.key), td(t.projects, 'num'), td(musd(t.costUsd), 'num'), td(pct(t.coverage), 'num'), td(num(t.cancelled), 'num')))),
  ]));
}
