// A small bar chart for YASR (the results half of YASGUI), drawn in SVG with nothing loaded from elsewhere:
// bars of the first numeric column per row label, or, without one, of how many rows share each label.
'use strict';
class KgChart {
  constructor(yasr) {
    this.yasr = yasr;
    this.priority = 5;
    this.label = 'Chart';
    this.hideFromSelection = false;
  }

  canHandleResults() {
    const r = this.yasr.results;
    return !!r && r.getType && r.getType() === 'json' && r.getVariables().length > 0 && r.getBindings().length > 0;
  }

  getIcon() {
    const icon = document.createElement('span');
    icon.textContent = '▮▮';
    icon.style.letterSpacing = '-2px';
    return icon;
  }

  draw() {
    const vars = this.yasr.results.getVariables();
    const rows = this.yasr.results.getBindings();
    const isNumber = v => rows.every(b => !b[v] || (b[v].type === 'literal' || b[v].type === 'typed-literal') && b[v].value !== '' && !isNaN(+b[v].value));
    const numeric = vars.find(v => rows.some(b => b[v]) && isNumber(v));
    const labelVar = vars.find(v => /label$/i.test(v) && v !== numeric) || vars.find(v => v !== numeric);
    const short = s => String(s).replace(/^.*[\/#]/, '');
    let bars;
    if (numeric) {
      bars = rows.map(b => [b[labelVar] ? short(b[labelVar].value) : '', +(b[numeric] ? b[numeric].value : 0)]);
    } else {
      const counts = new Map();
      rows.forEach(b => { const k = b[labelVar] ? short(b[labelVar].value) : '(none)'; counts.set(k, (counts.get(k) || 0) + 1); });
      bars = [...counts];
    }
    bars = bars.slice(0, 200);
    const max = Math.max(1, ...bars.map(b => b[1]));
    const W = 760, LABEL = 220, ROW = 22;
    const esc = s => String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));
    const box = document.createElement('div');
    box.className = 'kg-chart';
    box.innerHTML = '<p style="margin:.4em 0;color:#57534e">' + esc(numeric ? numeric + ' by ' + labelVar : 'rows per ' + labelVar) + '</p>' +
      `<svg role="img" aria-label="bar chart" width="${W}" height="${bars.length * ROW + 10}" style="font:12px system-ui,sans-serif">` +
      bars.map((b, i) => `<text x="${LABEL - 6}" y="${i * ROW + 15}" text-anchor="end">${esc(b[0]).slice(0, 40)}</text>` +
        `<rect x="${LABEL}" y="${i * ROW + 4}" height="${ROW - 6}" width="${Math.max(1, (W - LABEL - 60) * b[1] / max)}" fill="#2563eb"/>` +
        `<text x="${LABEL + (W - LABEL - 60) * b[1] / max + 4}" y="${i * ROW + 15}">${b[1]}</text>`).join('') + '</svg>';
    this.yasr.resultsEl.appendChild(box);
  }
}
Yasgui.Yasr.registerPlugin('chart', KgChart);
