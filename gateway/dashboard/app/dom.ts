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

/**
 * A chart of Observable Plot as one image to assistive technology: named by its label, described by
 * the table that holds its figures (its text alternative). The labels Plot puts on its inner groups
 * go: ARIA allows no name on an element without a role.
 */
export function asChartImage<T extends Element>(chart: T, tableId: string): T {
  for (const group of chart.querySelectorAll('g[aria-label], g[aria-description]')) {
    group.removeAttribute('aria-label');
    group.removeAttribute('aria-description');
  }
  const image = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg[aria-label]');
  image?.setAttribute('role', 'img');
  image?.setAttribute('aria-describedby', tableId);
  return chart;
}

/**
 * A table wider than the screen scrolls in its box (a phone, WCAG 1.4.10): then the box takes focus,
 * so that the keyboard scrolls it too, and is a region named by its section's heading (WCAG 2.1.1).
 * A box that does not scroll stays out of the Tab order.
 */
export function focusableWhileScrolling(box: HTMLElement): void {
  const update = () => {
    if (box.scrollWidth > box.clientWidth) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-labelledby', box.closest('section')?.getAttribute('aria-labelledby') ?? '');
    } else {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-labelledby');
    }
  };
  update();
  const observer = new ResizeObserver(update);
  observer.observe(box);
  for (const child of box.children) observer.observe(child);
}
