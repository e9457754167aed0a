/*
 * OCOP: what Tasklist 7.24 cannot be configured to do, loaded through config.js (customScripts).
 *
 * 1. The task list opens sorted by due date, most urgent first. Tasklist ignores the filter's own
 *    sort order and starts every visit with "created, newest first"; this replaces that starting
 *    sort once per browser tab. A sort the officer picks afterwards stays.
 * 2. The form renderer (form-js 1.8.7) writes a few fixed English texts: the empty choice of a
 *    select box, its validation messages, and "mm/dd/yyyy" in an empty date field. They are shown in
 *    Vietnamese (the date field keeps form-js's order: month first).
 * 3. A submission the server refuses shows our Vietnamese reason, without the engine's English
 *    wrapping around it ("Cannot submit task form …: ENGINE-03051 … Message: '…'"). The reason
 *    starts with the text of vn.ocop.workflow.form.FormValidationException.
 */

const TASKLIST_DEFAULT_SORTING = '[{"sortBy":"created","sortOrder":"desc"}]';
const URGENT_FIRST = '[{"sortBy":"dueDate","sortOrder":"asc"}]';
const SORTED_ONCE = 'ocop.tasklist.sortedByDueDate';

function urgentFirstOnce() {
  const sorting = /([?&]sorting=)([^&]*)/.exec(window.location.hash);
  if (!sorting || window.sessionStorage.getItem(SORTED_ONCE)) {
    return;
  }
  let current;
  try {
    current = decodeURIComponent(sorting[2]);
  } catch (e) {
    return;
  }
  window.sessionStorage.setItem(SORTED_ONCE, 'true');
  if (current === TASKLIST_DEFAULT_SORTING) {
    const hash = window.location.hash.replace(sorting[0], sorting[1] + encodeURIComponent(URGENT_FIRST));
    window.location.replace(window.location.pathname + window.location.search + hash);
  }
}

const FORM_TEXTS = [
  [/^Select$/, 'Chọn…'],
  [/^Search$/, 'Tìm kiếm'],
  [/^No values$/, 'Không có lựa chọn'],
  [/^Field is required\.$/, 'Trường này bắt buộc.'],
  [/^Field must have minimum length of (\d+)\.$/, 'Cần ít nhất $1 ký tự.'],
  [/^Field must have maximum length of (\d+)\.$/, 'Tối đa $1 ký tự.'],
  [/^Field must have minimum value of (.+)\.$/, 'Giá trị nhỏ nhất là $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Giá trị lớn nhất là $1.'],
  [/^Field must match pattern .*\.$/, 'Giá trị chưa đúng định dạng.'],
  [/^Field must be a valid email\.$/, 'Địa chỉ thư điện tử chưa đúng.'],
  [/^Field must be a valid {1,2}international phone number\..*$/, 'Số điện thoại chưa đúng (ví dụ +84912345678).']
];
const REFUSAL = 'Dữ liệu chưa hợp lệ, chưa lưu được:';

function vietnamese(node) {
  const text = node.data.trim();
  if (!text) {
    return;
  }
  const inForm = node.parentElement && node.parentElement.closest('.fjs-container');
  if (inForm) {
    for (const [english, translation] of FORM_TEXTS) {
      if (english.test(text)) {
        node.data = text.replace(english, translation);
        return;
      }
    }
  }
  const refusal = node.data.indexOf(REFUSAL);
  if (refusal > 0 && node.parentElement && node.parentElement.closest('[notifications-panel], .notifications')) {
    node.data = node.data.slice(refusal).replace(/'\s*$/, '');
  }
}

const DATE_PLACEHOLDER = 'mm/dd/yyyy';
const DATE_PLACEHOLDER_VI = 'tháng/ngày/năm';

function translateWithin(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    vietnamese(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const dateField = '.fjs-container input[placeholder="' + DATE_PLACEHOLDER + '"]';
  [root, ...root.querySelectorAll(dateField)].filter(element => element.matches(dateField))
    .forEach(input => input.setAttribute('placeholder', DATE_PLACEHOLDER_VI));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    vietnamese(node);
  }
}

new MutationObserver(mutations => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      vietnamese(mutation.target);
    } else {
      mutation.addedNodes.forEach(translateWithin);
    }
  }
}).observe(document.body, {childList: true, subtree: true, characterData: true});

window.addEventListener('hashchange', urgentFirstOnce);
urgentFirstOnce();
