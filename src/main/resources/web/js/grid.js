// The plan as weeks of seven days (the athlete's HTML view, made for a coach): click a session to ask why it is
// there, drag it to another day to see what the move costs. Dragging uses pointer events, so it works with a
// mouse, a pen or a finger; the keyboard can do the same through the explanation's "Move to" list.

import {el, clear, shortDate} from './dom.js';

const KIND_TITLE = {EASY_RUN: 'Easy run', STRENGTH: 'Strength', FLEXIBILITY: 'Flexibility', CROSS_TRAINING: ''};
const DRAG_THRESHOLD = 6;

function words(text) {
  return text ? text.charAt(0) + text.slice(1).toLowerCase().replace(/_/g, ' ') : '';
}

export function sessionTitle(session) {
  const title = session.kind === 'CROSS_TRAINING' ? words(session.activity) : KIND_TITLE[session.kind];
  return title + ' ' + session.minutes + ' min';
}

function dose(exercise) {
  const amount = exercise.holdSeconds ? exercise.holdSeconds + 's hold' : exercise.reps;
  return exercise.sets + '×' + amount + (exercise.perSide ? '/side' : '');
}

function sessionNode(session, date, index) {
  const details = (session.exercises || []).map((exercise) =>
    el('li', {}, exercise.name || exercise.id, ' ', el('span', {class: 'dose'}, dose(exercise)),
      exercise.testFirst ? el('span', {class: 'new', title: 'new: try a few slow repetitions first'}, ' new') : null));
  return el('div', {
    class: 'session ' + session.kind.toLowerCase().replace('_', '-'), tabindex: 0, role: 'button',
    dataset: {date, index: String(index), kind: session.kind},
    'aria-label': sessionTitle(session) + ' on ' + shortDate(date) + ': show why it is here',
  },
  el('strong', {}, sessionTitle(session)),
  session.warmupMinutes ? el('span', {class: 'warmup'}, ' + ' + session.warmupMinutes + ' min warm-up') : null,
  details.length ? el('ul', {class: 'exercises'}, details) : null);
}

/**
 * Draws {@code plan} into {@code container}. {@code onExplain(date, index, session)} on a click or Enter,
 * {@code onMove(from, to)} when a session is dropped on another day, {@code onDragStart(from)} when a drag begins
 * (the page asks for suggested days then).
 */
export function renderGrid(container, plan, handlers) {
  clear(container);
  const summaries = new Map((plan.weekSummaries || []).map((summary) => [summary.week, summary]));
  for (let week = 1; week <= plan.weeks; week++) {
    const days = plan.days.filter((day) => day.week === week);
    if (!days.length) continue;
    const summary = summaries.get(week);
    const heading = el('h3', {}, 'Week ' + week + ' ', el('span', {class: 'muted'},
      shortDate(days[0].date) + ' – ' + shortDate(days[days.length - 1].date)),
    summary && summary.cutback ? el('span', {class: 'badge'}, 'easier week') : null);
    const list = el('ol', {class: 'days'});
    for (const day of days) {
      const free = day.availableMinutes > 0;
      list.append(el('li', {class: 'day' + (free ? '' : ' unavailable'), dataset: {date: day.date}},
        el('div', {class: 'day-head'}, el('span', {class: 'date'}, shortDate(day.date)),
          el('span', {class: 'avail'}, free ? day.availableMinutes + ' min free' : 'not free')),
        day.sessions.map((session, index) => sessionNode(session, day.date, index))));
    }
    const set = summary && summary.strengthSet && summary.strengthSet.length
      ? el('p', {class: 'set muted'}, 'Strength set: ' + summary.strengthSet.join(', ')) : null;
    container.append(el('section', {class: 'week', id: 'week-' + week}, heading, set, list));
  }
  // Listeners are attached once per container and read the plan drawn last, so redrawing never doubles them.
  container.gridState = {plan, handlers};
  if (!container.gridAttached) {
    container.gridAttached = true;
    attachPointer(container);
  }
}

function sessionOf(plan, date, index) {
  const day = plan.days.find((d) => d.date === date);
  return day ? day.sessions[index] : null;
}

function attachPointer(container) {
  const state = () => container.gridState;
  let press = null;
  let ghost = null;
  let target = null;

  const dayUnder = (x, y) => {
    const hit = document.elementFromPoint(x, y);
    return hit ? hit.closest('li.day') : null;
  };
  const mark = (day) => {
    if (target) target.classList.remove('drop-target');
    target = day && day.dataset.date !== press.date ? day : null;
    if (target) target.classList.add('drop-target');
  };
  const end = () => {
    if (ghost) ghost.remove();
    if (target) target.classList.remove('drop-target');
    container.classList.remove('dragging');
    container.querySelectorAll('.suggested').forEach((day) => day.classList.remove('suggested'));
    ghost = null;
    target = null;
    press = null;
  };

  container.addEventListener('pointerdown', (event) => {
    const node = event.target.closest('.session');
    if (!node || event.button !== 0) return;
    press = {node, date: node.dataset.date, index: Number(node.dataset.index), x: event.clientX, y: event.clientY};
  });
  document.addEventListener('pointermove', (event) => {
    if (!press) return;
    if (!ghost) {
      if (Math.hypot(event.clientX - press.x, event.clientY - press.y) < DRAG_THRESHOLD) return;
      ghost = press.node.cloneNode(true);
      ghost.classList.add('ghost');
      ghost.style.width = press.node.offsetWidth + 'px';
      document.body.append(ghost);
      container.classList.add('dragging');
      if (state().handlers.onDragStart) state().handlers.onDragStart({date: press.date, index: press.index});
    }
    ghost.style.left = event.clientX + 8 + 'px';
    ghost.style.top = event.clientY + 8 + 'px';
    mark(dayUnder(event.clientX, event.clientY));
    event.preventDefault();
  });
  document.addEventListener('pointerup', (event) => {
    if (!press) return;
    const from = {date: press.date, index: press.index};
    if (!ghost) {
      end();
      state().handlers.onExplain(from.date, from.index, sessionOf(state().plan, from.date, from.index));
      return;
    }
    mark(dayUnder(event.clientX, event.clientY));
    const to = target ? target.dataset.date : null;
    end();
    if (to) state().handlers.onMove(from, to);
  });
  container.addEventListener('keydown', (event) => {
    const node = event.target.closest('.session');
    if (node && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      state().handlers.onExplain(node.dataset.date, Number(node.dataset.index),
        sessionOf(state().plan, node.dataset.date, Number(node.dataset.index)));
    }
  });
}

/** Marks the days a suggestion names (the best other days for the dragged session). */
export function highlightDays(container, dates) {
  for (const date of dates) {
    const day = container.querySelector('li.day[data-date="' + CSS.escape(date) + '"]');
    if (day) day.classList.add('suggested');
  }
}
