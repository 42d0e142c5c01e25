import { createHash } from 'node:crypto';
import type { PackLanguage } from '../../../shared/approvals/model';
import type { ApprovalState } from '../../../shared/approvals/stateMachine';
import type { ContentFormat, ContentObjective } from '../../../shared/content/model';
import { formatLabels, objectiveLabels } from '../../../shared/content/vocabulary';
import { packTexts, type PackText } from './packText';
import { packScript } from './packScript';

export interface PackViewItem {
  id: string;
  revision: number;
  title: string;
  accountName: string;
  role: 'brand' | 'sales';
  /** `YYYY-MM-DD HH:mm` in the workspace's zone. */
  wallTime: string;
  format: ContentFormat;
  objective: ContentObjective;
  durationMinutes: number | null;
  brief: string;
  products: string[];
  tags: string[];
  creatorName: string | null;
  state: ApprovalState | null;
  thread: { actor: string; author: string; comment: string; at: string }[];
  /** Monday of the item's planning week, `YYYY-MM-DD`. */
  weekStart: string;
}

export interface PackView {
  language: PackLanguage;
  packId: string;
  workspaceId: string;
  workspaceName: string;
  secret: string;
  fileName: string;
  from: string;
  to: string;
  createdAt: string;
  items: PackViewItem[];
}

/** Every stored text goes through this before it reaches the page: a title is text, never markup. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** JSON inside a `<script type="application/json">` block: no `<` can close the element early. */
function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

const sha256Base64 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

const style = `
*{box-sizing:border-box}body{font-family:-apple-system,"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;margin:0;color:#1f1f1f;background:#f5f5f5}
header,main,footer{max-width:1100px;margin:0 auto;padding:16px}header h1{margin:0 0 8px}dl.meta{display:flex;flex-wrap:wrap;gap:4px 24px;margin:0}
dl.meta dt{color:#666}dl.meta dd{margin:0 16px 0 4px}.intro{background:#e6f4ff;border:1px solid #91caff;padding:12px;border-radius:6px}
h2{border-bottom:2px solid #1677ff;padding-bottom:4px}h3{margin:0 0 6px;font-size:16px;overflow-wrap:anywhere}
article.item{background:#fff;border:1px solid #d9d9d9;border-radius:6px;padding:12px;margin:8px 0}
article.item dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0 0 8px}article.item dt{color:#666}article.item dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.badge{display:inline-block;font-size:12px;padding:0 6px;border-radius:4px;background:#f0f0f0;margin-left:8px}
fieldset{border:1px dashed #bfbfbf;border-radius:6px}textarea{width:100%;min-height:48px}
.thread{font-size:13px;color:#444;margin:6px 0;padding-left:12px;border-left:3px solid #d9d9d9}
table.month{width:100%;border-collapse:collapse;table-layout:fixed;background:#fff;margin-bottom:16px}table.month th,table.month td{border:1px solid #d9d9d9;vertical-align:top;padding:4px;font-size:12px}
table.month td.out{background:#fafafa;color:#bbb}table.month a{display:block;overflow-wrap:anywhere}
footer{position:sticky;bottom:0;background:#fff;border-top:1px solid #d9d9d9;display:flex;gap:12px;align-items:center;flex-wrap:wrap}
button{background:#1677ff;color:#fff;border:0;border-radius:6px;padding:8px 16px;font-size:15px;cursor:pointer}
.status.error{color:#cf1322}.status.ok{color:#389e0d}
@media print{footer{position:static}}`;

function itemHtml(item: PackViewItem, index: number, t: PackText, language: PackLanguage): string {
  const row = (label: string, value: string) =>
    value === '' ? '' : `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;
  const time = item.durationMinutes ? `${item.wallTime} (${item.durationMinutes}′)` : item.wallTime;
  const thread = item.thread
    .map(
      (c) =>
        `<p class="thread"><strong>${escapeHtml(c.actor === 'client' ? c.author : c.author || t.us)}</strong> · ${escapeHtml(c.at.slice(0, 16).replace('T', ' '))}<br>${escapeHtml(c.comment)}</p>`,
    )
    .join('');
  const name = `decision-${index}`;
  return `<article class="item" id="item-${index}" data-item-id="${escapeHtml(item.id)}" data-revision="${item.revision}">
<h3>${escapeHtml(item.title)}${item.state ? `<span class="badge">${escapeHtml(t.states[item.state])}</span>` : ''}</h3>
<dl>${row(t.account, `${item.accountName} · ${t.roles[item.role]}`)}${row(t.time, time)}${row(t.format, formatLabels[language][item.format])}${row(t.objective, objectiveLabels[language][item.objective])}${row(t.creator, item.creatorName ?? '')}${row(t.products, item.products.join('、'))}${row(t.tags, item.tags.join('、'))}${row(t.brief, item.brief)}</dl>
${thread ? `<div><strong>${escapeHtml(t.thread)}</strong>${thread}</div>` : ''}
<fieldset><legend>${escapeHtml(item.title)}</legend>
<label><input type="radio" name="${name}" value="approve"> ${escapeHtml(t.approve)}</label>
<label><input type="radio" name="${name}" value="request_changes"> ${escapeHtml(t.requestChanges)}</label>
<label>${escapeHtml(t.comment)}<textarea name="comment-${index}" maxlength="2000"></textarea></label>
</fieldset></article>`;
}

function civilDays(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= end; ms += 86_400_000) {
    days.push(new Date(ms).toISOString().slice(0, 10));
  }
  return days;
}

/** One table per month of the range, Monday first; each day lists its items, linked to their answer form. */
function monthGrids(view: PackView, t: PackText): string {
  const byDay = new Map<string, { title: string; index: number }[]>();
  view.items.forEach((item, index) => {
    const day = item.wallTime.slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), { title: item.title, index }]);
  });
  const months = [...new Set(civilDays(view.from, view.to).map((d) => d.slice(0, 7)))];
  return months
    .map((month) => {
      const first = Date.parse(`${month}-01T00:00:00Z`);
      const lead = (new Date(first).getUTCDay() + 6) % 7;
      const cells: string[] = [];
      for (let i = 0; i < lead; i++) cells.push('<td class="out"></td>');
      for (let ms = first; new Date(ms).toISOString().slice(0, 7) === month; ms += 86_400_000) {
        const day = new Date(ms).toISOString().slice(0, 10);
        const inRange = day >= view.from && day <= view.to;
        const links = (byDay.get(day) ?? [])
          .map((e) => `<a href="#item-${e.index}">${escapeHtml(e.title)}</a>`)
          .join('');
        cells.push(`<td${inRange ? '' : ' class="out"'}><div>${Number(day.slice(8))}</div>${links}</td>`);
      }
      while (cells.length % 7 !== 0) cells.push('<td class="out"></td>');
      const rows: string[] = [];
      for (let i = 0; i < cells.length; i += 7) rows.push(`<tr>${cells.slice(i, i + 7).join('')}</tr>`);
      const head = t.weekdays.map((d) => `<th>${escapeHtml(d)}</th>`).join('');
      return `<h3>${escapeHtml(month)}</h3><table class="month"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
    })
    .join('\n');
}

/**
 * The whole pack as one self-contained HTML file: inline style and script allowed by their hashes only, no
 * network (`default-src 'none'`), so it opens from disk in any current browser and cannot load anything.
 */
export function renderPackHtml(view: PackView): string {
  const t = packTexts[view.language];
  const script = packScript();
  const meta = jsonForScriptBlock({
    packId: view.packId,
    workspaceId: view.workspaceId,
    secret: view.secret,
    fileName: view.fileName,
    text: t.script,
  });
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256Base64(script)}'`,
    `style-src 'sha256-${sha256Base64(style)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const weeks = new Map<string, string[]>();
  view.items.forEach((item, index) => {
    weeks.set(item.weekStart, [
      ...(weeks.get(item.weekStart) ?? []),
      itemHtml(item, index, t, view.language),
    ]);
  });
  const weekSections = [...weeks.entries()]
    .map(
      ([monday, items]) =>
        `<section><h3>${escapeHtml(t.week)} ${escapeHtml(monday)}</h3>${items.join('\n')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${view.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(`${t.title} · ${view.workspaceName}`)}</title>
<style>${style}</style>
</head>
<body>
<header><h1>${escapeHtml(t.title)} · ${escapeHtml(view.workspaceName)}</h1>
<dl class="meta"><dt>${escapeHtml(t.range)}</dt><dd>${escapeHtml(view.from)} – ${escapeHtml(view.to)}</dd><dt>${escapeHtml(t.packId)}</dt><dd>${escapeHtml(view.packId)}</dd><dt>${escapeHtml(t.created)}</dt><dd>${escapeHtml(view.createdAt)}</dd></dl>
<p class="intro">${escapeHtml(t.intro)}</p></header>
<main>
<h2>${escapeHtml(t.weekList)}</h2>
${weekSections}
<h2>${escapeHtml(t.monthGrid)}</h2>
${monthGrids(view, t)}
</main>
<footer><label>${escapeHtml(t.reviewer)} <input id="reviewer" type="text" maxlength="60" autocomplete="name"></label>
<button id="download" type="button">${escapeHtml(t.download)}</button>
<span id="answer-status" class="status" role="status"></span></footer>
<script type="application/json" id="pack-meta">${meta}</script>
<script>${script}</script>
</body>
</html>
`;
}
