// The workbench's routes: #/squad (default), #/athlete/ID, #/new. What every view needs is loaded once.

import {api, adoptToken, setToken} from './api.js';
import {el, clear, showError} from './dom.js';
import {showSquad} from './squad.js';
import {showAthlete, showNewAthlete} from './athlete.js';

adoptToken();
const view = document.getElementById('view');
let reference = null;

async function loadReference() {
  const [schema, exercises, team, rules] = await Promise.all([api('GET', '/api/schema'),
    api('GET', '/api/exercises'), api('GET', '/api/team'), api('GET', '/api/rules')]);
  document.getElementById('team-name').textContent = team.name;
  document.title = team.name + ' · Coach\'s workbench';
  return {schema, exercises, team, rules};
}

function askForToken() {
  const input = el('input', {type: 'password', id: 'token-input', autocomplete: 'off'});
  clear(view).append(el('h2', {}, 'This workbench needs its token'),
    el('p', {}, 'Ask whoever started it (it is the --token of progression serve).'),
    el('form', {onsubmit: (event) => { event.preventDefault(); setToken(input.value.trim()); route(); }},
      input, ' ', el('button', {type: 'submit'}, 'Open')));
}

async function route() {
  showError(null);
  try {
    reference = reference || await loadReference();
    const hash = location.hash || '#/squad';
    const athlete = /^#\/athlete\/(.+)$/.exec(hash);
    document.body.dataset.view = athlete ? 'athlete' : hash.slice(2);
    if (athlete) await showAthlete(view, decodeURIComponent(athlete[1]), reference);
    else if (hash === '#/new') showNewAthlete(view, reference);
    else await showSquad(view);
  } catch (e) {
    if (e.status === 401) {
      reference = null;
      askForToken();
    } else {
      showError(e.message);
    }
  }
}

window.addEventListener('hashchange', route);
route();
