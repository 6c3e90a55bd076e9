// The profile form, generated from the shipped JSON Schema (GET /api/schema): one input per field, the schema's
// limits on the inputs, the team's defaults as placeholders, and the server's field errors (the CLI's messages)
// shown next to their fields. Blank inputs are left out of the profile, so the team's or built-in default applies.

import {el, clear} from './dom.js';

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
/** Fields the form does not show: weights have their own sliders (and are kept as they are). */
const NOT_IN_FORM = new Set(['weights']);

function label(name) {
  return name.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase()).replace(/\bMinutes\b/, 'minutes');
}

function errorSlot(path) {
  return el('span', {class: 'field-error', 'data-error-for': path, role: 'alert'});
}

function fieldBox(path, title, description, ...inputs) {
  return el('div', {class: 'field', dataset: {field: path}},
    el('label', {for: 'f-' + path}, title), inputs, errorSlot(path),
    description ? el('small', {class: 'muted'}, description) : null);
}

function hint(defaultValue, teamValue) {
  if (teamValue !== undefined) return 'team: ' + (Array.isArray(teamValue) ? teamValue.join(', ') : teamValue);
  return defaultValue !== undefined ? 'default: ' + defaultValue : '';
}

/**
 * Builds the form for {@code value} (a profile as written) in {@code container}. Returns {read(), showErrors(e)}.
 * {@code options.exercises}: the catalog (for 'painful'); {@code options.team}: the team's profile defaults.
 */
export function buildForm(container, schema, value, options) {
  clear(container);
  const readers = [];
  const team = (options.team && options.team.defaults) || {};

  function scalar(path, spec, current, teamValue) {
    const attrs = {id: 'f-' + path, name: path, placeholder: hint(spec.default, teamValue)};
    let input;
    if (spec.type === 'integer') {
      input = el('input', Object.assign(attrs, {type: 'number', step: 1, min: spec.minimum, max: spec.maximum}));
    } else if (spec.type === 'boolean') {
      input = el('select', {id: 'f-' + path, name: path},
        el('option', {value: ''}, teamValue !== undefined ? 'team: ' + (teamValue ? 'yes' : 'no')
          : 'default: ' + (spec.default ? 'yes' : 'no')),
        el('option', {value: 'true'}, 'yes'), el('option', {value: 'false'}, 'no'));
    } else if (spec.format === 'date') {
      input = el('input', Object.assign(attrs, {type: 'date'}));
    } else {
      input = el('input', Object.assign(attrs, {type: 'text', maxlength: spec.maxLength}));
    }
    if (current !== undefined && current !== null) input.value = String(current);
    const read = () => {
      const text = input.value.trim();
      if (text === '') return undefined;
      if (spec.type === 'integer') return /^-?\d+$/.test(text) ? Number(text) : text;
      if (spec.type === 'boolean') return text === 'true';
      return text;
    };
    return {input, read};
  }

  function checkboxes(path, choices, current) {
    const chosen = new Set(current || []);
    const boxes = choices.map((choice) => {
      const id = 'f-' + path + '-' + choice.value;
      return el('label', {class: 'choice', for: id},
        el('input', {type: 'checkbox', id, value: choice.value, checked: chosen.has(choice.value)}), ' ', choice.label);
    });
    const group = el('div', {class: 'choices', id: 'f-' + path}, boxes);
    const read = () => {
      const values = [...group.querySelectorAll('input:checked')].map((box) => box.value);
      return values.length ? values : undefined;
    };
    return {input: group, read};
  }

  function field(path, name, spec, current, teamValue) {
    if (spec.type === 'object' && spec.propertyNames && spec.propertyNames.enum) {
      const inputs = [];
      const readersHere = [];
      for (const day of spec.propertyNames.enum) {
        const part = scalar(path + '.' + day, spec.additionalProperties, current ? current[day] : undefined,
          teamValue ? teamValue[day] : undefined);
        inputs.push(el('div', {class: 'day-input', dataset: {field: path + '.' + day}},
          el('label', {for: 'f-' + path + '.' + day}, day.slice(0, 3)), part.input, errorSlot(path + '.' + day)));
        readersHere.push([day, part.read]);
      }
      const read = () => {
        const out = {};
        for (const [day, r] of readersHere) {
          const v = r();
          if (v !== undefined) out[day] = v;
        }
        return Object.keys(out).length ? out : undefined;
      };
      return {node: fieldBox(path, label(name), spec.description, el('div', {class: 'week-inputs'}, inputs)), read};
    }
    if (spec.type === 'object' && spec.properties) {
      const parts = Object.entries(spec.properties).map(([key, child]) =>
        [key, field(path + '.' + key, key, child, current ? current[key] : undefined,
          teamValue ? teamValue[key] : undefined)]);
      const node = el('fieldset', {class: 'group', dataset: {field: path}}, el('legend', {}, label(name)),
        errorSlot(path), parts.map(([, part]) => part.node));
      const read = () => {
        const out = {};
        for (const [key, part] of parts) {
          const v = part.read();
          if (v !== undefined) out[key] = v;
        }
        return Object.keys(out).length ? out : undefined;
      };
      return {node, read};
    }
    if (spec.type === 'array') {
      let choices;
      if (spec.items && spec.items.enum) {
        choices = spec.items.enum.map((value) => ({value, label: value.toLowerCase().replace(/_/g, ' ')}));
      } else if (name === 'painful') {
        choices = options.exercises.filter((exercise) => exercise.kind === 'STRENGTH')
          .map((exercise) => ({value: exercise.id, label: exercise.name}));
      } else {
        choices = (current || []).map((value) => ({value, label: value}));
      }
      const part = checkboxes(path, choices, current);
      const teamHint = teamValue !== undefined ? 'team: ' + [].concat(teamValue).join(', ') : null;
      return {node: fieldBox(path, label(name), [spec.description, teamHint].filter(Boolean).join(' '), part.input),
        read: part.read};
    }
    const part = scalar(path, spec, current, teamValue);
    return {node: fieldBox(path, label(name), spec.description, part.input), read: part.read};
  }

  for (const [name, spec] of Object.entries(schema.properties)) {
    if (NOT_IN_FORM.has(name)) continue;
    const part = field(name, name, spec, value[name], team[name]);
    container.append(part.node);
    readers.push([name, part.read]);
  }
  if (value.athlete && value.athlete.id && options.fixedId) {
    const idInput = container.querySelector('[id="f-athlete.id"]');
    idInput.readOnly = true;
    idInput.title = 'The id names the plan file; add a new athlete for another id.';
  }

  return {
    read() {
      const profile = {};
      for (const [name, read] of readers) {
        const v = read();
        if (v !== undefined) profile[name] = v;
      }
      for (const name of NOT_IN_FORM) if (value[name] !== undefined) profile[name] = value[name];
      return profile;
    },
    /** Puts each field error next to its field (or its nearest enclosing one); returns those it could not place. */
    showErrors(fields) {
      container.querySelectorAll('.field-error').forEach((slot) => { slot.textContent = ''; });
      container.querySelectorAll('.invalid').forEach((node) => node.classList.remove('invalid'));
      const unplaced = [];
      for (const error of fields || []) {
        let path = error.field;
        let slot = null;
        while (path && !(slot = container.querySelector('[data-error-for="' + CSS.escape(path) + '"]'))) {
          path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
        }
        if (!slot) {
          unplaced.push(error);
          continue;
        }
        slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + error.message;
        const box = slot.closest('[data-field]');
        if (box) box.classList.add('invalid');
      }
      return unplaced;
    },
  };
}

export {WEEKDAYS};
