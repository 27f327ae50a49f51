// A rectify-board/1 report as the ECharts page's input (areas → problems →
// measures), the same content: a port of the side-by-side tool's from-report.py.
export function peerData(report) {
  const areas = [];
  const problems = (n, out) => {
    if (n.kind === 'problem') {
      out.push({
        title: (n.label || '') + (n.title || ''),
        status: n.status || 'unknown',
        measures: (n.children || []).filter((m) => m.kind === 'measure').map((m) => ({ title: m.title || '', body: m.body || '' })),
      });
    } else {
      for (const c of n.children || []) problems(c, out);
    }
    return out;
  };
  const findAreas = (n) => {
    if (n.kind === 'focus_area') areas.push({ name: (n.label || '') + (n.title || ''), problems: problems(n, []) });
    else for (const c of n.children || []) findAreas(c);
  };
  for (const n of report.nodes) findAreas(n);
  return { areas };
}
