// What the rules say about one session (from POST /api/explain), and what a move did (from POST /api/moves).

import {el, shortDate} from './dom.js';
import {sessionTitle} from './grid.js';

function effectList(effects) {
  if (!effects || !effects.length) return el('p', {class: 'muted'}, 'No rule scores this directly.');
  return el('ul', {class: 'effects'}, effects.map((effect) => {
    const pts = [effect.hard ? (effect.hard > 0 ? '+' : '') + effect.hard + ' hard' : null,
      effect.soft || !effect.hard ? (effect.soft > 0 ? '+' : '') + effect.soft + ' soft' : null].filter(Boolean);
    return el('li', {class: effect.hard < 0 ? 'hard-broken' : (effect.soft < 0 ? 'penalty' : 'reward')},
      el('code', {}, effect.rule), ' ', el('strong', {}, pts.join(' ')),
      el('ul', {class: 'reasons'}, effect.reasons.map((reason) => el('li', {}, reason))));
  }));
}

function dayOf(explanation, date) {
  for (const week of explanation.weekList) {
    const day = week.days.find((d) => d.date === date);
    if (day) return {week, day};
  }
  return null;
}

/** The explanation panel for a session on {@code date}, the {@code occurrence}th of its kind that day (0 first). */
export function sessionExplanation(explanation, date, occurrence, session, moveChoices) {
  const found = dayOf(explanation, date);
  let match = null;
  if (found) {
    // The explanation lists a day's sessions by kind in the order done, as the plan does.
    const ofKind = found.day.sessions.filter((s) => s.kind === session.kind);
    match = ofKind[Math.min(occurrence, ofKind.length - 1)] || null;
  }
  const parts = [
    el('h3', {}, sessionTitle(session), ' on ', shortDate(date)),
    el('p', {}, 'Plan score ', el('strong', {}, explanation.score), explanation.feasible ? ''
      : el('span', {class: 'hard-broken'}, ' (breaks hard rules)')),
    el('h4', {}, 'Why it is here: the rules on this session'),
    effectList(match ? match.effects : []),
  ];
  if (found && found.day.dayEffects && found.day.dayEffects.length) {
    parts.push(el('h4', {}, 'On the whole day'), effectList(found.day.dayEffects));
  }
  if (found && session.kind === 'STRENGTH' && found.week.strengthSetEffects) {
    parts.push(el('h4', {}, 'On week ' + found.week.week + "'s strength set"), effectList(found.week.strengthSetEffects));
  }
  if (moveChoices) parts.push(moveChoices);
  parts.push(el('details', {}, el('summary', {}, 'The whole explanation, as explain prints it'),
    el('pre', {class: 'explain-text'}, explanation.text)));
  return el('div', {class: 'explanation'}, parts);
}

/** The preview of a move: score before and after, the hard rules it breaks, every rule that changed. */
export function movePreview(preview, actions) {
  const broken = preview.brokenHardRules || [];
  return el('div', {class: 'move-result' + (preview.after.feasible ? '' : ' breaks')},
    el('h3', {}, 'Moved ', preview.kind.toLowerCase().replace('_', ' '), ' from ', shortDate(preview.from),
      ' to ', shortDate(preview.to)),
    el('p', {}, 'Score ', el('strong', {}, preview.before.score), ' → ', el('strong', {}, preview.after.score),
      ' (', el('span', {class: 'change'}, preview.change), ')'),
    broken.length ? el('div', {class: 'hard-rules'}, el('h4', {}, 'Hard rules this plan now breaks'),
      el('ul', {}, broken.map((line) => el('li', {class: 'hard-broken'}, line))),
      el('p', {}, 'A plan that breaks a hard rule cannot be saved. Undo the move or move the session elsewhere.'))
      : el('p', {class: 'ok'}, 'Every hard rule still holds.'),
    preview.ruleChanges.length ? el('table', {class: 'rule-changes'},
      el('thead', {}, el('tr', {}, el('th', {}, 'rule'), el('th', {}, 'before'), el('th', {}, 'after'),
        el('th', {}, 'change'))),
      el('tbody', {}, preview.ruleChanges.map((change) => el('tr', {class: change.hard ? 'hard' : ''},
        el('td', {title: change.protects}, el('code', {}, change.rule)), el('td', {}, change.before),
        el('td', {}, change.after), el('td', {}, change.change))))) : null,
    el('h4', {}, 'The rules on the moved session now'), effectList(preview.movedSessionEffects),
    actions);
}
