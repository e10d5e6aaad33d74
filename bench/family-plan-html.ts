/**
 * The family's plan as plain semantic HTML, for timing Chromium's tagged page.pdf against
 * react-pdf on the same words (the benchmark only; the app's documents are made with react-pdf).
 */
import type { FamilyPlanAction, FamilyPlanModel, FamilyPlanSection } from '../shared/documents/family-plan';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
const p = (text: string) => `<p>${escape(text)}</p>`;
const list = (items: readonly string[], tag = 'ul') => `<${tag}>${items.map((item) => `<li>${escape(item)}</li>`).join('')}</${tag}>`;
const actions = (items: readonly FamilyPlanAction[]) => list(items.map((a) => [a.what, a.who, a.when, a.howOften ?? ''].join(' ')), 'ol');

function body(section: FamilyPlanSection): string {
  switch (section.key) {
    case 'actions':
      return section.children.map((c) => `<h3>${escape(c.heading)}</h3>${list(c.seen)}${list(c.goals.map((g) => g.text))}${actions(c.actions)}`).join('');
    case 'later-actions':
      return section.children.map((c) => `<h3>${escape(c.heading)}</h3>${actions(c.actions)}`).join('');
    case 'dates':
      return `<table><thead><tr><th scope="col">Date</th><th scope="col">What happens</th></tr></thead><tbody>${section.dates.map((d) => `<tr><th scope="row">${escape(d.date)}</th><td>${escape(d.what)}</td></tr>`).join('')}</tbody></table>`;
    case 'who-can-help':
      return `<dl>${section.people.map((x) => `<dt>${escape(x.name)}</dt><dd>${escape(x.role)}</dd>`).join('')}</dl>`;
    case 'glossary':
      return `<dl>${section.entries.map((x) => `<dt>${escape(x.term)}</dt><dd>${escape(x.meaning)}</dd>`).join('')}</dl>`;
    default:
      return list(section.items);
  }
}

export function familyPlanHtml(model: FamilyPlanModel, fontBase64: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(model.title)}</title><style>
@font-face { font-family: 'Atkinson Hyperlegible'; src: url(data:font/ttf;base64,${fontBase64}); }
body { font: 11pt/1.45 'Atkinson Hyperlegible', sans-serif; margin: 0 20mm; }
h1 { font-size: 20pt; color: #1d4f91; } h2 { font-size: 15pt; color: #1d4f91; } h3 { font-size: 12.5pt; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 4px; border-bottom: 1px solid #b1b4b6; }
</style></head><body><main><h1>${escape(model.title)}</h1>${p(model.madeFor)}${p(model.madeOn)}${model.introduction.map(p).join('')}${model.sections
    .map((s) => `<section><h2>${escape(s.heading)}</h2>${s.paragraphs.map(p).join('')}${body(s)}</section>`)
    .join('')}</main></body></html>`;
}
