// Just enough Markdown for the batch's team view: headings, pipe tables, paragraphs and lists, as DOM nodes.

import {el} from './dom.js';

function cells(line) {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim().replace(/\*\*/g, ''));
}

export function markdown(text) {
  const root = el('div', {class: 'markdown'});
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      root.append(el('h' + Math.min(6, heading[1].length + 2), {}, heading[2]));
    } else if (line.trim().startsWith('|')) {
      const header = cells(line);
      const rows = [];
      i += 1; // the |---| line
      while (i + 1 < lines.length && lines[i + 1].trim().startsWith('|')) {
        i += 1;
        rows.push(cells(lines[i]));
      }
      root.append(el('table', {}, el('thead', {}, el('tr', {}, header.map((h) => el('th', {}, h)))),
        el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c) => el('td', {}, c)))))));
    } else if (/^\s*[-*]\s+/.test(line)) {
      root.append(el('ul', {}, el('li', {}, line.replace(/^\s*[-*]\s+/, ''))));
    } else if (line.trim()) {
      root.append(el('p', {}, line));
    }
  }
  return root;
}
