/*
 * OCOP: a page of our own where an officer opens any product of their unit, also after its tasks are done
 * (issue 16), with the Tasklist login. #<productId> opens one product's dossier.
 */
import {renderDossier} from '/camunda/app/tasklist/scripts/ocop-dossier-view.js';

const STAGES = {
  IDEA: 'Sàng lọc ý tưởng', BUSINESS_PLAN: 'Thẩm định phương án', IMPLEMENTATION: 'Triển khai phương án',
  EVALUATION: 'Đánh giá, phân hạng', NOT_CERTIFIED: 'Chưa đạt 3 sao', TRADE_PROMOTION: 'Xúc tiến thương mại',
  CERTIFIED: 'Đã công nhận'
};
const main = document.getElementById('ocop-main');

async function list() {
  const response = await fetch('/api/products', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (response.status === 401) {
    main.innerHTML = '';
    const p = document.createElement('p');
    p.append('Hãy đăng nhập ');
    const a = document.createElement('a');
    a.href = '/camunda/app/tasklist/default/';
    a.textContent = 'Tasklist';
    p.append(a, ' rồi mở lại trang này.');
    main.append(p);
    return;
  }
  const products = await response.json();
  if (!response.ok) {
    main.textContent = products.message || 'Không tải được danh sách sản phẩm.';
    return;
  }
  const table = document.createElement('table');
  table.className = 'ocop-products';
  table.innerHTML = '<thead><tr><th>Sản phẩm</th><th>Chủ thể</th><th>Xã</th><th>Giai đoạn</th></tr></thead>';
  const body = document.createElement('tbody');
  for (const product of products) {
    const row = document.createElement('tr');
    row.dataset.productId = product.id;
    for (const text of [product.name + (product.productCode ? ' (' + product.productCode + ')' : ''),
      product.producerName, product.communeName, STAGES[product.stage] || product.stage || '']) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    row.onclick = () => { window.location.hash = String(product.id); };
    body.append(row);
  }
  table.append(body);
  main.replaceChildren(products.length ? table : document.createTextNode('Đơn vị chưa có sản phẩm nào.'));
}

function route() {
  const id = window.location.hash.replace('#', '');
  if (/^[0-9]+$/.test(id)) {
    renderDossier(main, id, {pageLink: false});
  } else {
    list();
  }
}

document.getElementById('ocop-all').onclick = event => {
  event.preventDefault();
  window.location.hash = '';
};
window.addEventListener('hashchange', route);
route();
