/** Small DOM helpers of the dashboard. */

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function el<K extends keyof HTMLElementTagNameMap>(
  name: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const element = Object.assign(document.createElement(name), props);
  element.append(...children);
  return element;
}

/** A table head: one row of column headers. */
export const headerRow = (...labels: string[]) =>
  el('thead', {}, el('tr', {}, ...labels.map((label) => el('th', { scope: 'col' }, label))));

/** The mark of a demo record. */
export const demoBadge = () => el('span', { className: 'demo-badge', title: 'Dato dimostrativo, non reale' }, 'DEMO');

/** "(di cui N DEMO)" after a figure that demo records took part in; `format` writes N as the figure is written. */
export const demoShare = (part: { demo: number; includesDemo: boolean }, format: (n: number) => string): Node[] =>
  part.includesDemo ? [document.createTextNode(' '), el('small', {}, `(di cui ${format(part.demo)} `, demoBadge(), ')')] : [];
