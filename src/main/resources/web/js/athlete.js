// One athlete: their plan as a week grid (plan or re-plan in the background, explain a session, drag it to another
// day, save), their profile as a form, and rule weights with a side-by-side comparison.

import {api, apiHtml, followJob, ApiError} from './api.js';
import {el, clear, fill, showError} from './dom.js';
import {renderGrid, highlightDays} from './grid.js';
import {sessionExplanation, movePreview} from './explain.js';
import {buildForm} from './form.js';
import {mountWeights} from './weights.js';

export async function showAthlete(view, id, reference) {
  const athlete = await api('GET', '/api/athletes/' + encodeURIComponent(id));
  const state = {
    id, profile: athlete.profile, version: athlete.version, saved: athlete.plan || null,
    planVersion: athlete.planVersion, working: athlete.plan || null, origin: null, history: [], explanation: null,
    job: null,
  };
  const name = (athlete.profile.athlete && athlete.profile.athlete.name) || id;

  const progress = el('progress', {id: 'plan-progress', max: 1, value: 0, hidden: true});
  const status = el('span', {id: 'plan-status', class: 'status-line'});
  const planButton = el('button', {type: 'button', id: 'plan-button'}, state.saved ? 'Plan again' : 'Plan');
  const stopButton = el('button', {type: 'button', id: 'stop-button', hidden: true}, 'Stop and keep the best');
  const pageButton = el('button', {type: 'button', id: 'athlete-page', disabled: !state.saved},
    "Athlete's page");
  const saveBar = el('div', {id: 'save-bar', class: 'save-bar', hidden: true});
  const preview = el('div', {id: 'move-preview', class: 'panel', hidden: true});
  const explainPanel = el('div', {id: 'explain-panel', class: 'panel', hidden: true});
  const grid = el('div', {id: 'plan-grid', class: 'grid'});
  const formBox = el('form', {id: 'profile-form', class: 'profile-form', novalidate: true});
  const formMessage = el('div', {id: 'profile-message', class: 'form-message', role: 'status'});
  const weightsBox = el('div', {id: 'weights'});

  fill(clear(view),
    el('h2', {}, name, ' ', el('span', {class: 'muted'}, '(' + id + ', ' + athlete.file + ')')),
    athlete.planError ? el('p', {class: 'hard-broken'}, athlete.planError) : null,
    el('section', {id: 'plan-section'},
      el('div', {class: 'toolbar'}, planButton, stopButton, progress, status, pageButton),
      saveBar, preview, explainPanel, grid),
    el('section', {id: 'profile-section'}, el('h2', {}, 'Profile'), formBox,
      el('div', {class: 'toolbar'}, el('button', {type: 'button', id: 'save-profile'}, 'Save profile'), formMessage)),
    el('section', {id: 'weights-section'}, el('h2', {}, 'Rule weights: what if?'), weightsBox));

  function redraw() {
    state.explanation = null;
    if (state.working) {
      renderGrid(grid, state.working, {onExplain: explain, onMove: move, onDragStart: suggest});
    } else {
      clear(grid).append(el('p', {class: 'muted'}, 'No plan yet. Press “Plan” to make one.'));
    }
    const unsaved = state.working && state.working !== state.saved;
    clear(saveBar);
    saveBar.hidden = !unsaved;
    if (unsaved) {
      const what = state.history.length ? state.history.length + ' move(s) not saved'
        : state.origin === 'compare' ? 'plan B from the comparison, not saved' : 'a new plan, not saved';
      fill(saveBar, el('span', {}, 'This is ', what, '. Score ', el('strong', {}, state.working.score || '?'), '. '),
        el('button', {type: 'button', id: 'save-plan', disabled: state.working.feasible === false}, 'Save plan'),
        state.history.length ? el('button', {type: 'button', id: 'undo-move', onclick: undo}, 'Undo last move') : null,
        el('button', {type: 'button', id: 'discard-plan', onclick: discard}, 'Discard'));
      saveBar.querySelector('#save-plan').addEventListener('click', savePlan);
    }
    pageButton.disabled = !state.saved;
    planButton.textContent = state.saved ? 'Plan again' : 'Plan';
  }

  function setWorking(plan, origin) {
    state.working = plan;
    state.origin = origin;
    state.history = [];
    preview.hidden = true;
    explainPanel.hidden = true;
    redraw();
  }

  function showJob(job) {
    state.job = job;
    const solving = !job.finished;
    progress.hidden = !solving;
    stopButton.hidden = !solving;
    planButton.disabled = solving;
    if (solving) {
      progress.value = job.budgetSeconds ? Math.min(1, job.elapsedSeconds / job.budgetSeconds) : 0;
      status.textContent = job.status === 'queued' ? 'Waiting for a free solver…'
        : 'Planning… best so far ' + (job.bestScore || '(building the first plan)') + ' · ' + job.elapsedSeconds
          + ' s of at most ' + job.budgetSeconds + ' s' + (job.attempt > 1 ? ' (attempt ' + job.attempt + ')' : '');
    } else if (job.plan) {
      status.textContent = (job.stoppedEarly ? 'Stopped early; kept the best plan so far: ' : 'Planned: ')
        + job.plan.score + '. Look it over, then save it.';
    } else {
      status.textContent = job.message || job.status;
    }
  }

  async function plan() {
    showError(null);
    try {
      const job = await api('POST', '/api/plans', state.profile);
      const done = await followJob(job, showJob);
      if (done.plan) setWorking(done.plan, 'solver');
    } catch (e) {
      showError(e.message);
      planButton.disabled = false;
    }
  }

  async function stop() {
    if (state.job) await api('POST', '/api/plans/' + encodeURIComponent(state.job.id) + '/stop', {});
  }

  async function explanation() {
    if (!state.explanation) {
      state.explanation = await api('POST', '/api/explain', {profile: state.profile, plan: state.working});
    }
    return state.explanation;
  }

  async function explain(date, index, session) {
    try {
      const result = await explanation();
      const day = state.working.days.find((d) => d.date === date);
      const occurrence = day.sessions.slice(0, index).filter((s) => s.kind === session.kind).length;
      const choices = el('select', {id: 'move-to'}, el('option', {value: ''}, 'Move to another day…'),
        state.working.days.filter((d) => d.date !== date && d.week === day.week)
          .map((d) => el('option', {value: d.date}, d.dayOfWeek.charAt(0) + d.dayOfWeek.slice(1, 3).toLowerCase()
            + ' ' + d.date)));
      choices.addEventListener('change', () => choices.value && move({date, index}, choices.value));
      clear(explainPanel).append(sessionExplanation(result, date, occurrence, session,
        el('p', {}, el('label', {for: 'move-to'}, 'Or move it with the keyboard: '), choices)));
      explainPanel.hidden = false;
    } catch (e) {
      showError(e.message);
    }
  }

  async function move(from, to) {
    showError(null);
    try {
      const result = await api('POST', '/api/moves', {profile: state.profile, plan: state.working, from, to});
      state.history.push(state.working);
      state.working = result.plan;
      redraw();
      clear(preview).append(movePreview(result, null));
      preview.hidden = false;
      explainPanel.hidden = true;
    } catch (e) {
      showError(e.message);
    }
  }

  /** Highlights the best other days for the dragged session, as 'suggest' finds them. */
  async function suggest(from) {
    try {
      const answer = await api('POST', '/api/suggestions', {profile: state.profile, plan: state.working, from});
      highlightDays(grid, (answer.suggestions || []).map((s) => s.date));
    } catch (e) {
      // Suggestions are a help, never in the way of a move.
    }
  }

  function undo() {
    state.working = state.history.pop();
    preview.hidden = true;
    redraw();
  }

  function discard() {
    setWorking(state.saved, null);
    status.textContent = '';
  }

  async function savePlan() {
    showError(null);
    try {
      const answer = await api('PUT', '/api/athletes/' + encodeURIComponent(id) + '/plan',
        {plan: state.working, version: state.planVersion});
      state.planVersion = answer.version;
      state.saved = Object.assign({}, state.working, {score: answer.score, feasible: true});
      setWorking(state.saved, null);
      status.textContent = 'Plan saved (' + answer.score + ').';
    } catch (e) {
      showError(e.message + (e.status === 409 ? '\nReload the page to see the other change.' : ''));
    }
  }

  planButton.addEventListener('click', plan);
  stopButton.addEventListener('click', stop);
  pageButton.addEventListener('click', async () => {
    try {
      const html = await apiHtml('/api/athletes/' + encodeURIComponent(id) + '/plan.html');
      window.open(URL.createObjectURL(new Blob([html], {type: 'text/html'})), '_blank');
    } catch (e) {
      showError(e.message);
    }
  });

  const form = buildForm(formBox, reference.schema, athlete.profile,
    {exercises: reference.exercises, team: reference.team, fixedId: true});
  view.querySelector('#save-profile').addEventListener('click', async () => {
    const profile = form.read();
    form.showErrors([]);
    clear(formMessage);
    try {
      const answer = await api('PUT', '/api/athletes/' + encodeURIComponent(id) + '/profile',
        {profile, version: state.version});
      state.version = answer.version;
      state.profile = profile;
      formMessage.append(el('span', {class: 'ok'}, 'Profile saved. Plan again to use it.'));
    } catch (e) {
      reportFormError(form, formMessage, e);
    }
  });

  mountWeights(weightsBox, {
    rules: reference.rules, team: reference.team,
    profile: () => state.profile, savedPlan: () => state.saved,
    usePlan: (planB) => { setWorking(planB, 'compare'); grid.scrollIntoView(); },
    storeWeights: async (weights) => {
      const profile = Object.assign({}, state.profile, {weights});
      const answer = await api('PUT', '/api/athletes/' + encodeURIComponent(id) + '/profile',
        {profile, version: state.version});
      state.version = answer.version;
      state.profile = profile;
    },
  });

  redraw();
  const jobs = (await api('GET', '/api/plans')).filter((job) => job.athleteId === id);
  const running = jobs.find((job) => !job.finished);
  const last = jobs.length ? jobs[jobs.length - 1] : null;
  if (!running && last && last.status === 'done' && last.bestScore !== (state.saved && state.saved.score)) {
    // A plan made while the coach looked elsewhere waits here until they look at it.
    status.append(el('button', {type: 'button', id: 'show-last-plan', onclick: async () => {
      const full = await api('GET', '/api/plans/' + encodeURIComponent(last.id));
      status.textContent = 'The last plan made: ' + full.plan.score + '. Look it over, then save it.';
      setWorking(full.plan, 'solver');
    }}, 'Show the plan made last (' + last.bestScore + ')'));
  }
  if (running) {
    followJob(running, showJob).then(async (done) => {
      const full = await api('GET', '/api/plans/' + encodeURIComponent(done.id));
      if (full.plan) setWorking(full.plan, 'solver');
    }).catch((e) => showError(e.message));
  }
}

/** The server's answer to a bad profile: each field's message beside it, the CLI's whole message above. */
export function reportFormError(form, box, error) {
  const unplaced = error instanceof ApiError ? form.showErrors(error.body.fields) : [];
  clear(box).append(el('pre', {class: 'hard-broken'}, error.message));
  if (unplaced.length) box.append(el('p', {}, 'Also: ' + unplaced.map((u) => u.field + ' ' + u.message).join('; ')));
}

/** A new athlete: the same form, empty, saved as a new profile file. */
export function showNewAthlete(view, reference) {
  const formBox = el('form', {id: 'profile-form', class: 'profile-form', novalidate: true});
  const message = el('div', {id: 'profile-message', class: 'form-message', role: 'status'});
  const save = el('button', {type: 'button', id: 'create-athlete'}, 'Create athlete');
  clear(view).append(el('h2', {}, 'New athlete'), formBox, el('div', {class: 'toolbar'}, save, message));
  const form = buildForm(formBox, reference.schema, {}, {exercises: reference.exercises, team: reference.team});
  save.addEventListener('click', async () => {
    form.showErrors([]);
    try {
      const answer = await api('POST', '/api/athletes', {profile: form.read()});
      location.hash = '#/athlete/' + encodeURIComponent(answer.id);
    } catch (e) {
      reportFormError(form, message, e);
    }
  });
}
