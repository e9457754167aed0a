/*
 * OCOP: the dossier of a product (issue 16), drawn from /api/products/{id}/documents: producer, product,
 * stage, the checklist of QĐ 26/2026/QĐ-TTg Art. 6 with its documents (upload when the user may add,
 * PDF and images shown inline), dossiers with score and stars, certificates, and the product's timeline.
 * Used by Tasklist's "Hồ sơ" tab (ocop-dossier.js) and by the page /ho-so/san-pham.html.
 */

const STAGES = {
  IDEA: 'Sàng lọc ý tưởng', INELIGIBLE: 'Không đủ điều kiện', IDEA_ACCEPTED: 'Ý tưởng được chấp nhận',
  IDEA_WITHDRAWN: 'Không nộp lại ý tưởng', IDEA_CLOSED: 'Ý tưởng không được chấp nhận',
  EXISTING_REVIEW: 'Xem xét sản phẩm sẵn có', EXISTING_REVIEW_CLOSED: 'Sản phẩm sẵn có không được chấp nhận',
  TRAINING_1: 'Tập huấn 1', BUSINESS_PLAN: 'Thẩm định phương án kinh doanh', PLAN_ACCEPTED: 'Phương án được duyệt',
  PLAN_WITHDRAWN: 'Không nộp lại phương án', BUSINESS_PLAN_CLOSED: 'Phương án không được duyệt',
  TRAINING_2: 'Tập huấn 2', IMPLEMENTATION: 'Triển khai phương án', EVALUATION: 'Đánh giá, phân hạng',
  NOT_CERTIFIED: 'Chưa đạt 3 sao', TRADE_PROMOTION: 'Xúc tiến thương mại', CERTIFIED: 'Đã công nhận'
};
const DOSSIER_TYPES = {FIRST: 'Lần đầu', UPGRADE: 'Nâng hạng', RE_EVALUATION: 'Đánh giá lại'};
const CERTIFICATE_STATUS = {VALID: 'Còn hiệu lực', EXPIRED: 'Hết hạn', REVOKED: 'Đã thu hồi', SUPERSEDED: 'Đã thay thế'};

function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'onclick' || name === 'onchange' || name === 'onsubmit') {
      element[name] = value;
    } else if (value !== null && value !== undefined) {
      element.setAttribute(name, value);
    }
  });
  children.flat().forEach(child => element.append(child instanceof Node ? child : document.createTextNode(child ?? '')));
  return element;
}

function date(text) {
  if (!text) {
    return '';
  }
  const [day, time] = String(text).split('T');
  const [y, m, d] = day.split('-');
  return d + '/' + m + '/' + y + (time ? ' ' + time.slice(0, 5) : '');
}

function size(bytes) {
  return bytes >= 1048576 ? (bytes / 1048576).toFixed(1).replace('.', ',') + ' MB'
    : Math.max(1, Math.round(bytes / 1024)) + ' KB';
}

function xsrfToken() {
  const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function json(response) {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (e) {
    return {message: text};
  }
}

export async function renderDossier(node, productId, options = {}) {
  node.replaceChildren(el('p', {class: 'ocop-dossier-loading'}, 'Đang tải hồ sơ…'));
  const response = await fetch('/api/products/' + encodeURIComponent(productId) + '/documents',
    {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    node.replaceChildren(el('p', {class: 'ocop-dossier-error'}, (await json(response)).message
      || 'Không mở được hồ sơ sản phẩm này.'));
    return;
  }
  const dossier = await response.json();
  const viewer = el('div', {class: 'ocop-dossier-viewer'});
  const message = el('p', {class: 'ocop-dossier-message', role: 'status'});
  const uploadAllowed = dossier.canUpload && options.upload !== false;

  const checklist = el('table', {class: 'table table-condensed ocop-dossier-checklist'},
    el('thead', {}, el('tr', {}, el('th', {}, 'Thành phần hồ sơ'), el('th', {}, 'Tài liệu'),
      uploadAllowed ? el('th', {}, 'Tải lên') : '')),
    el('tbody', {}, dossier.checklist.map(item => el('tr', {'data-kind': item.kind},
      el('td', {}, item.label, item.required
        ? el('span', {class: item.present ? 'ocop-ok' : 'ocop-missing'}, item.present ? ' ✓ đã có' : ' ✗ bắt buộc, còn thiếu')
        : ''),
      el('td', {}, item.documents.length === 0 ? '—' : item.documents.map(document => el('div', {class: 'ocop-document'},
        el('a', {href: document.url, target: '_blank', rel: 'noopener'}, document.fileName),
        ' (' + size(document.sizeBytes) + ', ' + (document.uploadedBy || '') + ', ' + date(document.uploadedAt) + ') ',
        document.inline ? el('button', {type: 'button', class: 'btn btn-link btn-xs ocop-view', onclick: () => {
          viewer.replaceChildren(document.contentType === 'application/pdf'
            ? el('iframe', {src: document.url, title: document.fileName, class: 'ocop-pdf'})
            : el('img', {src: document.url, alt: document.fileName, class: 'ocop-image'}));
        }}, 'Xem') : ''))),
      uploadAllowed ? el('td', {}, el('input', {type: 'file', class: 'ocop-upload', 'data-kind': item.kind,
        accept: '.pdf,.jpg,.jpeg,.png,.webp,.doc,.docx,.xls,.xlsx,.odt,.ods',
        onchange: async event => {
          const file = event.target.files[0];
          if (!file) {
            return;
          }
          if (file.size > dossier.maxBytes) {
            message.textContent = 'Tệp quá lớn: mỗi tệp tối đa ' + Math.floor(dossier.maxBytes / 1048576) + ' MB.';
            event.target.value = '';
            return;
          }
          const form = new FormData();
          form.append('kind', item.kind);
          form.append('file', file);
          message.textContent = 'Đang tải lên ' + file.name + '…';
          const upload = await fetch('/api/products/' + encodeURIComponent(productId) + '/documents', {
            method: 'POST', credentials: 'same-origin', body: form, headers: {'X-XSRF-TOKEN': xsrfToken()}});
          if (upload.ok) {
            await renderDossier(node, productId, options);
            node.querySelector('.ocop-dossier-message').textContent = 'Đã tải lên ' + file.name + '.';
          } else {
            message.textContent = (await json(upload)).message || 'Không tải lên được.';
            event.target.value = '';
          }
        }})) : ''))));

  const dossiers = dossier.dossiers.length === 0 ? el('p', {}, 'Chưa có hồ sơ đánh giá.')
    : el('ul', {}, dossier.dossiers.map(d => el('li', {}, 'Hồ sơ ' + (DOSSIER_TYPES[d.dossierType] || d.dossierType)
      + ', nhận ngày ' + date(d.receivedOn) + ': ' + d.status
      + (d.averageScore != null ? ', điểm ' + String(d.averageScore).replace('.', ',') : '')
      + (d.starRank != null ? ', ' + d.starRank + ' sao' : ''))));
  const certificates = dossier.certificates.length === 0 ? el('p', {}, 'Chưa có giấy chứng nhận.')
    : el('ul', {}, dossier.certificates.map(c => el('li', {}, c.certificateNumber + ' — ' + c.stars + ' sao, cấp '
      + date(c.issuedOn) + ', hiệu lực đến ' + date(c.validUntil) + ' (' + (CERTIFICATE_STATUS[c.status] || c.status)
      + '), quyết định ' + c.decisionNumber)));
  const timeline = dossier.timeline.length === 0 ? el('p', {}, 'Chưa có sự kiện nào.')
    : el('table', {class: 'table table-condensed ocop-dossier-timeline'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Thời điểm'), el('th', {}, 'Bước'), el('th', {}, 'Nội dung'),
        el('th', {}, 'Người thực hiện'))),
      el('tbody', {}, dossier.timeline.map(entry => el('tr', {},
        el('td', {}, date(entry.occurredAt)), el('td', {}, STAGES[entry.stage] || entry.stage || ''),
        el('td', {}, entry.text || entry.kind), el('td', {}, entry.author || 'Hệ thống')))));

  node.replaceChildren(el('div', {class: 'ocop-dossier'},
    el('h4', {}, dossier.productName + (dossier.productCode ? ' (' + dossier.productCode + ')' : '')),
    el('p', {}, 'Chủ thể: ', el('strong', {}, dossier.producerName), ' — ' + dossier.communeName),
    el('p', {}, 'Giai đoạn: ', el('strong', {class: 'ocop-stage'}, STAGES[dossier.stage] || dossier.stage || 'chưa ghi nhận')),
    el('h5', {}, dossier.checklistTitle + (dossier.complete ? ' — đủ thành phần bắt buộc' : ' — còn thiếu thành phần bắt buộc')),
    message, checklist, viewer,
    el('h5', {}, 'Đánh giá, phân hạng'), dossiers,
    el('h5', {}, 'Giấy chứng nhận'), certificates,
    el('h5', {}, 'Diễn biến, quyết định'), timeline,
    options.pageLink === false ? '' : el('p', {}, el('a', {href: '/ho-so/san-pham.html#' + productId, target: '_blank'},
      'Mở trang hồ sơ của sản phẩm'))));
}
