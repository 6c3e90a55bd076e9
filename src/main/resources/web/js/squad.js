// The squad: every athlete with status, score and warnings; planning the whole squad (the batch) with a progress
// bar; and the team view the batch writes.

import {api} from './api.js';
import {el, clear, showError} from './dom.js';
import {markdown} from './markdown.js';

const POLL_MS = 700;

function row(athlete) {
  const job = athlete.job && !athlete.job.finished ? athlete.job : null;
  const warnings = athlete.warnings || [];
  return el('tr', {dataset: {athlete: athlete.id}, class: 'status-' + athlete.status.replace(' ', '-')},
    el('td', {}, el('a', {href: '#/athlete/' + encodeURIComponent(athlete.id)}, athlete.name),
      el('div', {class: 'muted'}, athlete.id)),
    el('td', {class: 'status'}, athlete.status,
      athlete.profileChangedSincePlan ? el('div', {class: 'badge'}, 'profile changed since') : null,
      job ? el('div', {class: 'job'}, 'planning… ', job.bestScore || '') : null),
    el('td', {class: 'score'}, athlete.score || ''),
    el('td', {class: 'warnings'}, warnings.length ? el('ul', {}, warnings.map((w) => el('li', {}, w))) : '',
      athlete.reason ? el('details', {}, el('summary', {}, 'why'), el('pre', {}, athlete.reason)) : null));
}

export async function showSquad(view) {
  const table = el('table', {id: 'squad', class: 'squad'},
    el('thead', {}, el('tr', {}, ['Athlete', 'Status', 'Score', 'Warnings'].map((h) => el('th', {}, h)))),
    el('tbody'));
  const resume = el('input', {type: 'checkbox', id: 'batch-resume', checked: true});
  const start = el('button', {type: 'button', id: 'batch-start'}, 'Plan the squad');
  const progress = el('progress', {id: 'batch-progress', max: 1, value: 0, hidden: true});
  const status = el('span', {id: 'batch-status', class: 'status-line'});
  const confirmBox = el('div', {id: 'batch-confirm', class: 'panel', hidden: true});
  const teamView = el('div', {id: 'team-view', class: 'team-view'});
  clear(view).append(
    el('h2', {}, 'Squad'), table,
    el('section', {id: 'batch-section'}, el('h2', {}, 'Plan the whole squad'),
      el('p', {}, el('label', {for: 'batch-resume'}, resume,
        ' Keep plans whose profile and settings did not change (as batch --resume)')),
      el('div', {class: 'toolbar'}, start, progress, status), confirmBox),
    el('section', {}, el('h2', {}, 'Team view'), teamView));

  async function refresh() {
    const athletes = await api('GET', '/api/athletes');
    const body = table.querySelector('tbody');
    clear(body).append(...athletes.map(row));
    if (!athletes.length) body.append(el('tr', {}, el('td', {colspan: 4}, 'No profiles in this folder yet.')));
    return athletes;
  }

  async function loadTeamView() {
    const answer = await api('GET', '/api/team-view');
    clear(teamView).append(answer.markdown ? markdown(answer.markdown)
      : el('p', {class: 'muted'}, 'Plan the squad to see the team view.'));
  }

  function showBatch(batch) {
    const running = batch.state === 'running';
    progress.hidden = batch.state === 'idle';
    progress.value = batch.total ? batch.finished / batch.total : 0;
    start.disabled = running;
    status.textContent = batch.state === 'idle' ? '' : batch.finished + ' of ' + (batch.total || '?') + ' done, '
      + batch.planned + ' planned' + (batch.deferred ? ', ' + batch.deferred + ' re-planned for the coach' : '')
      + (batch.message ? '. ' + batch.message : running ? '…' : '');
  }

  async function follow() {
    let batch = await api('GET', '/api/batch');
    showBatch(batch);
    while (batch.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (!document.body.contains(table)) return;
      batch = await api('GET', '/api/batch');
      showBatch(batch);
      await refresh();
    }
    if (batch.state !== 'idle') {
      await refresh();
      await loadTeamView();
    }
  }

  async function launch(replaceSavedPlans) {
    showError(null);
    confirmBox.hidden = true;
    try {
      await api('POST', '/api/batch', {resume: resume.checked, replaceSavedPlans});
      await follow();
    } catch (e) {
      if (e.status === 409 && e.body.athletes) {
        clear(confirmBox).append(el('p', {}, e.message),
          el('button', {type: 'button', id: 'batch-replace', onclick: () => launch(true)}, 'Replace them'),
          el('button', {type: 'button', onclick: () => { confirmBox.hidden = true; }}, 'Cancel'));
        confirmBox.hidden = false;
      } else {
        showError(e.message);
      }
    }
  }

  start.addEventListener('click', () => launch(false));
  const athletes = await refresh();
  await loadTeamView();
  follow().catch((e) => showError(e.message));
  // While athletes are being planned from their pages, keep their progress in the table fresh.
  const poll = async () => {
    if (!document.body.contains(table)) return;
    const list = await refresh().catch(() => []);
    if (list.some((a) => a.job && !a.job.finished)) setTimeout(poll, POLL_MS);
  };
  if (athletes.some((a) => a.job && !a.job.finished)) setTimeout(poll, POLL_MS);
}
