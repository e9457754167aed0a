/*
 * OCOP: the supervisors' dashboard in Cockpit 7.24, loaded through config.js (customScripts) as an ES module
 * of Cockpit's plugin API: a panel on Cockpit's start page ('cockpit.dashboard'), an entry in the navigation
 * ('cockpit.navigation') and a page of its own ('cockpit.route', #/ocop).
 *
 * The data comes from the application's /api/dashboard (vn.ocop.workflow.dashboard), read with the Cockpit
 * session: supervisors and the administrator only; others get 403 and see neither the entry nor the panel.
 * Every view is a list of tables; a number opens its list, a list names the product and links to the
 * process instance in Cockpit; "Xuất Excel" downloads the same tables as .xlsx.
 * Charts: Chart.js, served by the application from its WebJar (docs/dashboard.md), never from a CDN.
 */

const CHART_JS = 'webjars/chart.js/4.4.1/dist/chart.umd.js';
const VIEWS = [
  { name: 'stages', label: 'Giai đoạn' },
  { name: 'tasks', label: 'Quá hạn, sắp đến hạn' },
  { name: 'certificates', label: 'Giấy chứng nhận' },
  { name: 'stars', label: 'Số sao theo năm' },
  { name: 'rounds', label: 'Đợt đánh giá' }
];

/** The application's root ("" or its context path), read from Cockpit's own address. */
function root() {
  const at = window.location.pathname.indexOf('/camunda/app/');
  return at > 0 ? window.location.pathname.substring(0, at) : '';
}

async function load(path) {
  const response = await fetch(root() + '/api/dashboard/' + path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.message || 'Không tải được dữ liệu (' + response.status + ').');
    error.status = response.status;
    throw error;
  }
  return body;
}

let chartLibrary;
function chartJs() {
  if (!chartLibrary) {
    const url = root() + '/' + CHART_JS;
    chartLibrary = new Promise((resolve, reject) => {
      if (typeof window.require === 'function' && window.define && window.define.amd) {
        // Cockpit runs RequireJS: the UMD build registers itself as an AMD module
        window.require([url], resolve, reject);
        return;
      }
      const script = document.createElement('script');
      script.src = url;
      script.onload = () => resolve(window.Chart);
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
  return chartLibrary;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** 2026-12-06 → 06/12/2026; numbers with Vietnamese grouping; text as it is. */
function display(value) {
  if (typeof value === 'number') {
    return value.toLocaleString('vi-VN');
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return date ? date[3] + '/' + date[2] + '/' + date[1] : String(value);
}

function plain(cell) {
  return cell !== null && typeof cell === 'object' ? cell.value : cell;
}

function style() {
  if (document.getElementById('ocop-dashboard-style')) {
    return;
  }
  const css = document.createElement('style');
  css.id = 'ocop-dashboard-style';
  css.textContent = `
    .ocop-dashboard { padding: 15px 20px; }
    .ocop-dashboard .ocop-tabs { margin-bottom: 12px; }
    .ocop-dashboard .ocop-tabs button { margin-right: 6px; }
    .ocop-dashboard table { width: auto; min-width: 40%; margin-bottom: 20px; }
    .ocop-dashboard td.ocop-number { text-align: right; }
    .ocop-dashboard .ocop-chart { max-width: 900px; height: 320px; margin-bottom: 20px; }
    .ocop-dashboard h3 { font-size: 16px; margin-top: 18px; }
    .ocop-dashboard .ocop-toolbar { margin: 8px 0 12px; }
    .ocop-panel p { margin: 4px 0; }`;
  document.head.appendChild(css);
}

function renderTable(table) {
  const head = table.headers.map(h => '<th>' + escapeHtml(h) + '</th>').join('');
  const rows = table.rows.map(row => '<tr>' + row.map(cell => {
    const value = plain(cell);
    const number = typeof value === 'number' ? ' class="ocop-number"' : '';
    if (cell && typeof cell === 'object' && cell.list) {
      return '<td' + number + '><a href="" class="ocop-list" data-list="' + escapeHtml(cell.list) + '">'
        + escapeHtml(display(value)) + '</a></td>';
    }
    if (cell && typeof cell === 'object' && cell.instanceId) {
      return '<td><a class="ocop-instance" href="#/process-instance/' + encodeURIComponent(cell.instanceId)
        + '/runtime">' + escapeHtml(display(value)) + '</a></td>';
    }
    return '<td' + number + '>' + escapeHtml(value === null || value === undefined ? '' : display(value)) + '</td>';
  }).join('') + '</tr>').join('');
  return '<h3>' + escapeHtml(table.title) + '</h3>'
    + '<table class="table table-bordered table-condensed ocop-table"><thead><tr>' + head + '</tr></thead><tbody>'
    + rows + '</tbody></table>';
}

let chart;
async function drawChart(canvas, view) {
  if (chart) {
    chart.destroy();
    chart = null;
  }
  if (view.chartTable < 0) {
    return;
  }
  const table = view.tables[view.chartTable];
  try {
    const Chart = await chartJs();
    chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: table.rows.map(row => String(plain(row[0]))),
        datasets: view.chartColumns.map(column => ({
          label: table.headers[column],
          data: table.rows.map(row => Number(plain(row[column])) || 0)
        }))
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: view.name === 'stars' }, y: { stacked: view.name === 'stars', beginAtZero: true,
          ticks: { precision: 0 } } }
      }
    });
  } catch (e) {
    canvas.parentNode.textContent = 'Không tải được thư viện biểu đồ.';
  }
}

/** The dashboard page: one view or list at a time, with its chart and its export. */
function renderPage(node) {
  style();
  node.innerHTML = '<div class="ocop-dashboard">'
    + '<h2>Theo dõi Chương trình OCOP</h2>'
    + '<div class="ocop-tabs">' + VIEWS.map(v => '<button type="button" class="btn btn-default" data-view="' + v.name
      + '">' + escapeHtml(v.label) + '</button>').join('') + '</div>'
    + '<div class="ocop-toolbar"></div><div class="ocop-chart"><canvas></canvas></div><div class="ocop-tables"></div>'
    + '</div>';
  const toolbar = node.querySelector('.ocop-toolbar');
  const tables = node.querySelector('.ocop-tables');
  const canvasBox = node.querySelector('.ocop-chart');
  let previous = 'views/stages';

  async function show(path, isList) {
    tables.innerHTML = '<p>Đang tải…</p>';
    node.querySelectorAll('.ocop-tabs button').forEach(b =>
      b.classList.toggle('active', !isList && path.replace('views/', '').split('?')[0] === b.dataset.view));
    let view;
    try {
      view = await load(path);
    } catch (e) {
      tables.innerHTML = '<div class="alert alert-danger">' + escapeHtml(e.message) + '</div>';
      toolbar.innerHTML = '';
      canvasBox.style.display = 'none';
      return;
    }
    if (!isList) {
      previous = path;
    }
    const exportPath = root() + '/api/dashboard/export/' + path.replace(/^views\//, '');
    let tools = '';
    if (isList) {
      tools += '<button type="button" class="btn btn-default ocop-back">← Quay lại</button> ';
    }
    if (view.name === 'stars') {
      const years = await load('years');
      const chosen = (/year=(\d+)/.exec(path) || [])[1] || String(years[0]);
      tools += 'Năm <select class="form-control ocop-year" style="display:inline-block;width:auto">'
        + years.map(y => '<option' + (String(y) === chosen ? ' selected' : '') + '>' + y + '</option>').join('')
        + '</select> ';
    }
    tools += '<a class="btn btn-primary ocop-export" href="' + escapeHtml(exportPath) + '" download>Xuất Excel (.xlsx)</a>';
    toolbar.innerHTML = tools;
    tables.innerHTML = '<h3 class="ocop-view-title">' + escapeHtml(view.title) + '</h3>'
      + view.tables.map(renderTable).join('');
    canvasBox.style.display = view.chartTable < 0 ? 'none' : '';
    const canvas = document.createElement('canvas');
    canvasBox.innerHTML = '';
    canvasBox.appendChild(canvas);
    drawChart(canvas, view);
  }

  node.addEventListener('click', event => {
    const tab = event.target.closest('[data-view]');
    const list = event.target.closest('a.ocop-list');
    const back = event.target.closest('.ocop-back');
    if (tab) {
      show('views/' + tab.dataset.view, false);
    } else if (list) {
      event.preventDefault();
      show('views/' + list.dataset.list, true);
    } else if (back) {
      show(previous, false);
    }
  });
  node.addEventListener('change', event => {
    if (event.target.classList.contains('ocop-year')) {
      show('views/stars?year=' + encodeURIComponent(event.target.value), false);
    }
  });
  show('views/stages', false);
}

/** The panel on Cockpit's start page: what needs attention today, and the way to the dashboard. */
async function renderPanel(node) {
  style();
  let tasks;
  let certificates;
  try {
    [tasks, certificates] = await Promise.all([load('views/tasks'), load('views/certificates')]);
  } catch (e) {
    node.innerHTML = '';
    return;
  }
  // the units' table ends with the province's total: unit, overdue, due soon, details
  const total = tasks.tables[0].rows[tasks.tables[0].rows.length - 1];
  const within30 = certificates.tables[1].rows[0];
  node.innerHTML = '<section class="ocop-panel"><h3 class="section-title">Chương trình OCOP</h3>'
    + '<p>Việc quá hạn: <strong class="ocop-overdue">' + display(plain(total[1])) + '</strong>, sắp đến hạn (3 ngày): <strong>'
    + display(plain(total[2])) + '</strong></p>'
    + '<p>Giấy chứng nhận hết hạn trong 30 ngày: <strong>' + display(plain(within30[1])) + '</strong></p>'
    + '<p><a href="#/ocop">Mở bảng theo dõi OCOP →</a></p></section>';
}

export default [
  {
    id: 'ocop.dashboard.panel',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: node => {
      renderPanel(node);
    }
  },
  {
    id: 'ocop.dashboard.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: { path: '/ocop' },
    render: node => {
      node.innerHTML = '<a href="#/ocop">Chương trình OCOP</a>';
      // policy staff also use Cockpit: the entry is only for those the dashboard answers
      load('years').catch(() => {
        node.innerHTML = '';
      });
    }
  },
  {
    id: 'ocop.dashboard.page',
    pluginPoint: 'cockpit.route',
    properties: { path: '/ocop', label: 'Theo dõi Chương trình OCOP' },
    render: node => {
      renderPage(node);
    }
  }
];
