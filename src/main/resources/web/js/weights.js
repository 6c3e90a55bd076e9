// Rule weights as sliders, and what they would change: plan B is solved in the background with the changed
// weights (progress shown), then POST /api/compare scores the saved plan (A) and plan B under both weightings
// and lists, week by week, the days that differ: the CLI's compare, side by side.

import {api, followJob} from './api.js';
import {el, clear, shortDate, showError, points} from './dom.js';

/** A slider's range: wide enough around the default to matter, with the exact number beside it. */
function sliderMax(rule) {
  return Math.max(100, rule.defaultWeight * 5);
}

function effectiveWeights(rules, team, profile) {
  const weights = {};
  for (const rule of rules.rules) weights[rule.id] = rule.defaultWeight;
  Object.assign(weights, (team && team.weights) || {}, profile.weights || {});
  return weights;
}

export function mountWeights(container, context) {
  const inputs = new Map();
  const table = el('table', {class: 'weights'},
    el('thead', {}, el('tr', {}, el('th', {}, 'rule'), el('th', {}, 'weight'), el('th', {}, 'what it protects'))));
  const body = el('tbody');
  table.append(body);
  const start = effectiveWeights(context.rules, context.team, context.profile());
  for (const rule of context.rules.rules.filter((r) => !r.hard)) {
    const min = rule.safety ? 1 : 0;
    const slider = el('input', {type: 'range', min, max: sliderMax(rule), value: start[rule.id],
      id: 'w-' + rule.id, 'aria-label': rule.id});
    const number = el('input', {type: 'number', min, max: context.rules.maxWeight, value: start[rule.id],
      class: 'weight-number', dataset: {rule: rule.id}, 'aria-label': rule.id + ' weight'});
    slider.addEventListener('input', () => { number.value = slider.value; });
    number.addEventListener('input', () => { slider.value = number.value; });
    inputs.set(rule.id, number);
    body.append(el('tr', {dataset: {rule: rule.id}}, el('td', {}, el('code', {}, rule.id)),
      el('td', {class: 'weight-cell'}, slider, number), el('td', {class: 'muted'}, rule.protects)));
  }
  const compareButton = el('button', {type: 'button', id: 'compare-button'}, 'Compare with these weights');
  const progress = el('progress', {id: 'compare-progress', max: 1, value: 0, hidden: true});
  const status = el('span', {class: 'status-line', id: 'compare-status'});
  const result = el('div', {id: 'comparison'});
  clear(container).append(
    el('p', {class: 'muted'}, 'Soft rules trade off by weight (hard rules hold at any weight). Change some, then '
      + 'compare the saved plan (A) with a plan made with your weights (B).'),
    table, el('div', {class: 'toolbar'}, compareButton, progress, status), result);

  function changed() {
    const now = effectiveWeights(context.rules, context.team, context.profile());
    const out = {};
    for (const [id, input] of inputs) {
      const value = Number(input.value);
      if (input.value !== '' && value !== now[id]) out[id] = value;
    }
    return out;
  }

  async function solve(profile, label) {
    const job = await api('POST', '/api/plans', profile);
    const done = await followJob(job, (j) => {
      progress.hidden = j.finished;
      progress.value = j.budgetSeconds ? Math.min(1, j.elapsedSeconds / j.budgetSeconds) : 0;
      status.textContent = j.finished ? '' : 'Planning ' + label + '… best so far ' + (j.bestScore || '…');
    });
    if (!done.plan) throw new Error(done.message || 'No plan for ' + label + '.');
    return done.plan;
  }

  compareButton.addEventListener('click', async () => {
    showError(null);
    const weightsB = changed();
    if (!Object.keys(weightsB).length) {
      status.textContent = 'Change a weight first.';
      return;
    }
    compareButton.disabled = true;
    clear(result);
    try {
      const profile = context.profile();
      const profileB = Object.assign({}, profile, {weights: Object.assign({}, profile.weights || {}, weightsB)});
      const planA = context.savedPlan() || await solve(profile, 'plan A (current weights)');
      const planB = await solve(profileB, 'plan B (your weights)');
      const comparison = await api('POST', '/api/compare', {profile, weightsB, planA, planB});
      status.textContent = '';
      result.append(render(comparison), el('div', {class: 'toolbar'},
        el('button', {type: 'button', id: 'use-plan-b', onclick: () => context.usePlan(planB)}, 'Use plan B'),
        el('button', {type: 'button', id: 'store-weights', onclick: async (event) => {
          try {
            await context.storeWeights(profileB.weights);
            event.target.replaceWith(el('span', {class: 'ok'}, 'Weights stored in the profile.'));
          } catch (e) {
            showError(e.message);
          }
        }}, 'Store these weights in the profile')));
    } catch (e) {
      status.textContent = '';
      showError(e.message);
    } finally {
      progress.hidden = true;
      compareButton.disabled = false;
    }
  });
}

function diff(x, y) {
  return {hard: y.hard - x.hard, soft: y.soft - x.soft};
}

function render(comparison) {
  const rows = comparison.rules.map((rule) => ({rule, byA: diff(rule.planAByA, rule.planBByA),
    byB: diff(rule.planAByB, rule.planBByB)}))
    .filter((row) => row.byA.hard || row.byA.soft || row.byB.hard || row.byB.soft
      || row.rule.weightA !== row.rule.weightB);
  const weeks = comparison.weekList.filter((week) => week.days.length || week.strengthSetA);
  return el('div', {class: 'comparison'},
    el('h3', {}, 'Plan A and plan B side by side'),
    el('div', {class: 'sides'},
      el('div', {class: 'side'}, el('h4', {}, 'A: saved plan, current weights'),
        el('p', {}, 'Score ', el('strong', {}, comparison.a.score), '; by your weights ', comparison.a.scoreWithOtherWeights,
          comparison.a.note ? ' (' + comparison.a.note + ')' : '')),
      el('div', {class: 'side'}, el('h4', {}, 'B: your weights'),
        el('p', {}, 'Score ', el('strong', {}, comparison.b.score), '; by the current weights ',
          comparison.b.scoreWithOtherWeights, comparison.b.note ? ' (' + comparison.b.note + ')' : ''))),
    el('p', {}, 'Weights changed: ', comparison.weightChanges.map((c) => c.rule + ' ' + c.weightA + ' → ' + c.weightB)
      .join(', '), '. ', el('strong', {}, comparison.changedDays + ' of ' + comparison.weeks * 7 + ' days differ.')),
    el('table', {class: 'compare-rules'},
      el('thead', {}, el('tr', {}, ['rule', 'weight A', 'weight B', 'B − A by A', 'B − A by B'].map((h) => el('th', {}, h)))),
      el('tbody', {}, rows.map((row) => el('tr', {dataset: {rule: row.rule.rule}},
        el('td', {}, el('code', {}, row.rule.rule)), el('td', {}, row.rule.weightA), el('td', {}, row.rule.weightB),
        el('td', {}, points(row.byA.hard, row.byA.soft)), el('td', {}, points(row.byB.hard, row.byB.soft)))))),
    weeks.map((week) => el('section', {class: 'compare-week'}, el('h4', {}, 'Week ' + week.week),
      week.strengthSetA ? el('p', {}, 'Strength set A: ' + week.strengthSetA.join(', ') + '; B: '
        + week.strengthSetB.join(', ')) : null,
      el('table', {class: 'side-by-side'},
        el('thead', {}, el('tr', {}, el('th', {}, 'day'), el('th', {}, 'A'), el('th', {}, 'B'))),
        el('tbody', {}, week.days.map((day) => el('tr', {}, el('td', {}, shortDate(day.date)),
          el('td', {}, day.a.length ? day.a.join('; ') : 'rest'), el('td', {}, day.b.length ? day.b.join('; ') : 'rest'))))))));
}
