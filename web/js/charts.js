import { escapeHtml } from './api.js';
import { formatNumber, colon } from './i18n.js';

/**
 * Small SVG charts for the dashboard: no library, scales with its container (viewBox), each bar's
 * value written beside it so that the numbers can be read (and checked) without hovering.
 */

/** Horizontal bars: `rows` = [{label, value, colour?, href?}], longest bar = largest value. */
export function barChart(rows, { title, colour = '#1f4e79' } = {}) {
  const rowHeight = 26;
  const labelWidth = 150;
  const width = 560;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const barSpace = width - labelWidth - 60;
  const bars = rows.map((r, i) => {
    const y = i * rowHeight;
    const w = r.value === 0 ? 0 : Math.max(2, (r.value / max) * barSpace);
    const label = `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end" class="label">${escapeHtml(r.label)}</text>`;
    const bar = `<rect x="${labelWidth}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowHeight - 8}" rx="2" fill="${r.colour ?? colour}"/>`
      + `<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 17}" class="value" data-value="${r.value}">${formatNumber(r.value)}</text>`;
    return `<g class="bar" data-key="${escapeHtml(r.key ?? r.label)}">${r.href ? `<a href="${escapeHtml(r.href)}">${label}${bar}</a>` : label + bar}</g>`;
  }).join('');
  const height = rows.length * rowHeight + 4;
  return `<svg class="chart bars" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title ?? '')}">`
    + `<title>${escapeHtml(title ?? '')}</title>${bars}</svg>`;
}

/**
 * Grouped columns per month: `months` = ['2024-01', …], `series` = [{key, label, colour, values: [n per month]}].
 * A legend above, month labels below (MM, with the year at January and at the first month).
 */
export function monthlyChart(months, series, { title } = {}) {
  const width = 960;
  const height = 260;
  const left = 36;
  const bottom = 34;
  const top = 28;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const step = niceStep(max);
  const top_ = Math.ceil(max / step) * step;
  const plotHeight = height - top - bottom;
  const groupWidth = (width - left - 8) / months.length;
  const barWidth = Math.min(16, (groupWidth - 6) / series.length);
  const y = (v) => top + plotHeight - (v / top_) * plotHeight;
  const grid = [];
  for (let v = 0; v <= top_; v += step) {
    grid.push(`<line x1="${left}" x2="${width - 4}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" class="grid"/>`
      + `<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" class="axis">${formatNumber(v)}</text>`);
  }
  const columns = months.map((m, i) => {
    const x0 = left + i * groupWidth + (groupWidth - barWidth * series.length) / 2;
    const bars = series.map((s, j) => {
      const v = s.values[i];
      const h = (v / top_) * plotHeight;
      return `<rect x="${(x0 + j * barWidth).toFixed(1)}" y="${y(v).toFixed(1)}" width="${(barWidth - 1).toFixed(1)}" height="${h.toFixed(1)}"`
        + ` fill="${s.colour}" data-series="${escapeHtml(s.key)}" data-month="${escapeHtml(m)}" data-value="${v}"><title>${escapeHtml(m)} ${escapeHtml(s.label)}${colon()}${formatNumber(v)}</title></rect>`
        + (v > 0 ? `<text x="${(x0 + j * barWidth + barWidth / 2).toFixed(1)}" y="${(y(v) - 3).toFixed(1)}" text-anchor="middle" class="value small">${formatNumber(v)}</text>` : '');
    }).join('');
    const [year, month] = m.split('-');
    const label = i === 0 || month === '01' ? `${year}-${month}` : month;
    return `<g class="month">${bars}<text x="${(left + i * groupWidth + groupWidth / 2).toFixed(1)}" y="${height - bottom + 16}"`
      + ` text-anchor="middle" class="axis">${escapeHtml(label)}</text></g>`;
  }).join('');
  const legend = series.map((s, j) => `<g transform="translate(${left + j * 120},6)"><rect width="12" height="12" fill="${s.colour}"/>`
    + `<text x="16" y="11" class="label">${escapeHtml(s.label)}</text></g>`).join('');
  return `<svg class="chart months" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title ?? '')}">`
    + `<title>${escapeHtml(title ?? '')}</title>${legend}${grid.join('')}${columns}</svg>`;
}

/** 1, 2, 5 × 10^n: a grid step giving at most 5 lines. */
function niceStep(max) {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  for (const m of [1, 2, 5, 10]) {
    if (raw <= m * power) return Math.max(1, m * power);
  }
  return Math.max(1, 10 * power);
}
