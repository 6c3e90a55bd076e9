// Small helpers to build the page from data without ever parsing data as HTML.

/** el('div', {class: 'x', onclick: fn}, child, 'text', [more]) */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (value === true) node.setAttribute(key, '');
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Appends children, skipping null and false (the DOM's own append would write "null"). */
export function fill(node, ...children) {
  append(node, children);
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

const DAY = new Intl.DateTimeFormat('en-GB', {weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC'});

/** "Mon 4 Jan" for an ISO date. */
export function shortDate(iso) {
  return DAY.format(new Date(iso + 'T00:00:00Z')).replace(',', '');
}

export function showError(message) {
  const banner = document.getElementById('error');
  clear(banner);
  if (!message) {
    banner.hidden = true;
    return;
  }
  banner.append(el('pre', {}, message), el('button', {type: 'button', onclick: () => showError(null)}, 'Dismiss'));
  banner.hidden = false;
}

/** "-1hard/2600soft" minus "0hard/2650soft" as "−1 hard −50 soft". */
export function scoreParts(score) {
  const match = /^(-?\d+)hard\/(-?\d+)soft$/.exec(score || '');
  return match ? {hard: Number(match[1]), soft: Number(match[2])} : null;
}

export function points(hard, soft) {
  const sign = (n) => (n > 0 ? '+' : '') + n;
  const parts = [];
  if (hard !== 0) parts.push(sign(hard) + ' hard');
  if (soft !== 0 || hard === 0) parts.push(sign(soft) + ' soft');
  return parts.join(' ');
}
