/*
 * OCOP: what Tasklist 7.24 cannot be configured to do, loaded through config.js (customScripts).
 *
 * 1. The task list opens sorted by due date, most urgent first. Tasklist ignores the filter's own
 *    sort order and starts every visit with "created, newest first"; this replaces that starting
 *    sort once per browser tab. A sort the officer picks afterwards stays.
 * 2. The form renderer (form-js 1.8.7) writes a few fixed English texts: the empty choice of a
 *    select box and its validation messages. They are shown in Vietnamese, and say what is expected.
 * 4. Dates are day first (dd/mm/yyyy) with a Vietnamese calendar, whatever the language of the
 *    officer's operating system. form-js takes the order of a date field from
 *    `new Intl.DateTimeFormat('default')`, the browser's own locale (month first on an English
 *    Windows), and gives flatpickr no locale (English month names, weeks from Sunday). The default
 *    date format becomes Vietnamese (dd/MM/yyyy) and flatpickr's default locale Vietnamese. A typed
 *    date that is no real day ("31/02/2026", "25/13/2026") is refused where it was typed instead of
 *    rolling over into another month; the value stored stays yyyy-mm-dd.
 * 5. Score sheets: a criterion left without a level is marked where it is when the member presses
 *    "Hoàn thành" (the totals themselves are part of the generated form); once the sheet is accepted,
 *    the confirmation tells the member their own total.
 * 6. The link from a task to its process instance in Cockpit is shown only to users who may open
 *    Cockpit; for an officer it led to a refusal page in English.
 * 7. Overdue and due-soon work is counted the moment Tasklist opens: Tasklist counts only the selected
 *    filter's tasks, so the filters "Quá hạn" and "Sắp đến hạn" (vn.ocop.workflow.tasklist
 *    .TasklistFilters) get their count beside their name, red when something is overdue, refreshed
 *    every minute and after every change of view.
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
  // a pattern's message names what is expected (the patterns of forms/*.form), others the general rule
  [/^Field must match pattern \^\[\^@.*\.$/, 'Thư điện tử cần có dạng ten@mien.vn (ví dụ hoptacxa@gmail.com).'],
  [/^Field must match pattern \^\[0-9\+ .*\.$/,
    'Số điện thoại gồm 8 đến 30 ký tự: chữ số, dấu cách và + . ( ) - (ví dụ 0912 345 678 hoặc +84 912 345 678).'],
  [/^Field must match pattern \^\[0-9\]\{2\}-.*\.$/,
    'Mã sản phẩm OCOP có dạng 24-07201-001-2026: 2 chữ số, mã đơn vị, 3 chữ số, năm (các phần nối bằng dấu -).'],
  [/^Field must match pattern .*\.$/, 'Giá trị chưa đúng định dạng: xem ví dụ ở nhãn hoặc dưới ô.'],
  [/^Field must be a valid email\.$/, 'Thư điện tử cần có dạng ten@mien.vn (ví dụ hoptacxa@gmail.com).'],
  [/^Field must be a valid {1,2}international phone number\..*$/,
    'Số điện thoại cần có dạng quốc tế: +84 rồi 9 chữ số, không có số 0 đầu (ví dụ +84912345678).']
];
const REFUSAL = 'Dữ liệu chưa hợp lệ, chưa lưu được:';
const SHEET_TOTAL = /Tổng điểm của phiếu:\s*(\d+)\s*\/\s*(\d+)/;
let submittedTotal = null;

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
  if (refusal >= 0) {
    submittedTotal = null;
  }
  if (refusal > 0 && node.parentElement && node.parentElement.closest('[notifications-panel], .notifications')) {
    node.data = node.data.slice(refusal).replace(/'\s*$/, '');
  }
}

const DATE_PLACEHOLDER = 'dd/mm/yyyy';
const DATE_PLACEHOLDER_VI = 'ngày/tháng/năm';

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

// ---- 4. Dates day first, Vietnamese calendar ----

const NativeDateTimeFormat = Intl.DateTimeFormat;
const DAY_FIRST = {day: '2-digit', month: '2-digit', year: 'numeric'};

/** form-js asks `new Intl.DateTimeFormat('default')` for the order of day, month and year. */
function browserDefault(locales, options) {
  return (locales === undefined || locales === 'default') && options === undefined;
}

Intl.DateTimeFormat = new Proxy(NativeDateTimeFormat, {
  construct(target, args) {
    return browserDefault(args[0], args[1]) ? new target('vi-VN', DAY_FIRST) : new target(...args);
  },
  apply(target, self, args) {
    return browserDefault(args[0], args[1]) ? target('vi-VN', DAY_FIRST) : target(...args);
  }
});

const FLATPICKR_VI = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8',
      'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  scrollTitle: 'Cuộn để tăng giảm',
  toggleTitle: 'Nhấn để chuyển',
  yearAriaLabel: 'Năm',
  monthAriaLabel: 'Tháng',
  hourAriaLabel: 'Giờ',
  minuteAriaLabel: 'Phút',
  time_24hr: true,
  ordinal: () => ''
};
let calendarInVietnamese = false;

/** flatpickr (window.flatpickr, bundled with form-js) reads its default locale when a date field is made. */
function vietnameseCalendar() {
  if (!calendarInVietnamese && window.flatpickr && window.flatpickr.localize) {
    window.flatpickr.localize(FLATPICKR_VI);
    calendarInVietnamese = true;
  }
}

const TYPED_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;
const DATE_INPUT = '.fjs-container .fjs-datepicker input';
const DATE_ERROR = 'data-ocop-date-error';

/** "" when the text is empty or a real day written dd/mm/yyyy, else what is wrong, in Vietnamese. */
function typedDateProblem(text) {
  if (!text.trim()) {
    return '';
  }
  const parts = TYPED_DATE.exec(text);
  if (!parts) {
    return 'Ngày cần có dạng ngày/tháng/năm, ví dụ 05/11/2026.';
  }
  const [day, month, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(year, month - 1, day);
  if (month < 1 || month > 12 || date.getDate() !== day || date.getMonth() !== month - 1) {
    return 'Không có ngày ' + text.trim() + ': nhập ngày/tháng/năm, ví dụ 05/11/2026.';
  }
  return '';
}

/** What is wrong with the date typed into each date field, by the field's id, until it is put right. */
const dateProblems = new Map();

/**
 * The message is an attribute of the field, shown by styles/user-styles.css, set again whenever form-js
 * has drawn the field anew (it does when the value changes, without our attribute).
 */
function showDateProblems() {
  dateProblems.forEach((problem, id) => {
    const input = document.getElementById(id);
    const field = input && (input.closest('.fjs-form-field') || input.parentElement);
    if (!field) {
      dateProblems.delete(id);
    } else if (field.getAttribute(DATE_ERROR) !== problem) {
      field.setAttribute(DATE_ERROR, problem);
      input.setAttribute('aria-invalid', 'true');
    }
  });
  document.querySelectorAll('[' + DATE_ERROR + ']').forEach(field => {
    const input = field.querySelector('.fjs-datepicker input');
    if (!input || !dateProblems.has(input.id)) {
      field.removeAttribute(DATE_ERROR);
      if (input) {
        input.removeAttribute('aria-invalid');
      }
    }
  });
}

function showDateProblem(input, problem) {
  if (problem) {
    dateProblems.set(input.id, problem);
  } else {
    dateProblems.delete(input.id);
  }
  showDateProblems();
}

new MutationObserver(() => {
  if (dateProblems.size > 0 || document.querySelector('[' + DATE_ERROR + ']')) {
    showDateProblems();
  }
}).observe(document.body, {childList: true, subtree: true});

/**
 * Before flatpickr reads a typed date (on leaving the field or on Enter), a date that is no real day
 * is cleared with a message instead of becoming another day.
 */
function checkTypedDate(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.matches(DATE_INPUT)) {
    return;
  }
  // form-js itself sends an Enter after a blur (not trusted): the field is then already checked
  if (!event.isTrusted || (event.type === 'keydown' && event.key !== 'Enter')) {
    return;
  }
  const problem = typedDateProblem(input.value);
  showDateProblem(input, problem);
  if (problem) {
    input.value = '';
  }
}

document.addEventListener('blur', checkTypedDate, true);
document.addEventListener('keydown', checkTypedDate, true);

// ---- 5. Score sheets: criteria left without a level, marked where they are ----

const MISSING = 'ocop-missing-criterion';

function markMissingCriteria() {
  const sheet = document.querySelector('.fjs-container [class*="fjs-form-field-group"] .fjs-form-field-radio');
  if (!sheet) {
    return;
  }
  const absent = document.querySelector('.fjs-container input[type="checkbox"][id*="memberAbsent"]');
  const marking = !(absent && absent.checked);
  document.querySelectorAll('.fjs-container .fjs-form-field-radio').forEach(criterion => {
    const unanswered = !criterion.querySelector('input[type="radio"]:checked');
    criterion.classList.toggle(MISSING, marking && unanswered);
  });
  const first = document.querySelector('.' + MISSING);
  if (first) {
    first.scrollIntoView({block: 'center'});
  }
}

document.addEventListener('click', event => {
  const button = event.target instanceof Element && event.target.closest('button[ng-click="complete()"]');
  if (button) {
    markMissingCriteria();
    const form = document.querySelector('.fjs-container');
    const total = form && SHEET_TOTAL.exec(form.textContent);
    submittedTotal = total ? {total: total[1] + '/' + total[2], task: currentTask(), at: Date.now()} : null;
  }
}, true);

document.addEventListener('change', event => {
  const criterion = event.target instanceof Element && event.target.closest('.' + MISSING);
  if (criterion && criterion.querySelector('input[type="radio"]:checked')) {
    criterion.classList.remove(MISSING);
  }
}, true);

// ---- 6. No link to Cockpit for those who may not open it ----

const AUTH = window.location.pathname.split('/app/')[0] + '/api/admin/auth/user/default';

function checkCockpitAccess() {
  fetch(AUTH, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : null))
    .then(user => {
      if (user && Array.isArray(user.authorizedApps)) {
        document.documentElement.classList.toggle('ocop-no-cockpit', user.authorizedApps.indexOf('cockpit') < 0);
      }
    })
    .catch(() => {
      // not logged in yet: checked again after the login
    });
}

document.documentElement.classList.add('ocop-no-cockpit');
window.addEventListener('hashchange', checkCockpitAccess);
checkCockpitAccess();

// ---- 7. Overdue and due-soon counts beside the filters ----

const ENGINE_API = window.location.pathname.split('/app/')[0] + '/api/engine/engine/default';
const COUNTED_FILTERS = {'Quá hạn': 'ocop-overdue', 'Sắp đến hạn': 'ocop-due-soon'};
const COUNT_CLASS = 'ocop-filter-count';
let counting = false;

function getJson(path) {
  return fetch(ENGINE_API + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : Promise.reject(response.status)));
}

function showCount(filterName, count) {
  document.querySelectorAll('.task-filter').forEach(filter => {
    const name = filter.querySelector('h4.name');
    const link = name && name.querySelector('a');
    if (!link || link.textContent.replace(/\s*\(?\d+\)?\s*$/, '').trim() !== filterName) {
      return;
    }
    let badge = name.querySelector('.' + COUNT_CLASS);
    if (!badge) {
      badge = document.createElement('span');
      badge.className = COUNT_CLASS + ' ' + COUNTED_FILTERS[filterName];
      name.appendChild(badge);
    }
    badge.textContent = String(count);
    badge.title = filterName + ': ' + count + ' việc';
    badge.classList.toggle('ocop-none', count === 0);
  });
}

function countUrgentWork() {
  if (counting || !document.querySelector('.task-filter h4.name a')) {
    return;
  }
  counting = true;
  getJson('/filter?resourceType=Task&itemCount=false')
    .then(filters => Promise.all(filters.filter(f => COUNTED_FILTERS[f.name])
      .map(f => getJson('/filter/' + encodeURIComponent(f.id) + '/count').then(result => showCount(f.name, result.count)))))
    .catch(() => {
      // not logged in, or no such filter for this role
    })
    .finally(() => {
      counting = false;
    });
}

let filtersSeen = false;
let lastCounted = 0;
new MutationObserver(() => {
  const present = !!document.querySelector('.task-filter h4.name a');
  // filters drawn again (Tasklist re-renders them) lose their badges: counted again, at most every 2 s
  const missingBadge = present && !document.querySelector('.' + COUNT_CLASS) && Date.now() - lastCounted > 2000;
  if ((present && !filtersSeen) || missingBadge) {
    lastCounted = Date.now();
    countUrgentWork();
  }
  filtersSeen = present;
}).observe(document.body, {childList: true, subtree: true});
window.addEventListener('hashchange', countUrgentWork);
window.setInterval(countUrgentWork, 60000);

new MutationObserver(vietnameseCalendar).observe(document.body, {childList: true, subtree: true});
vietnameseCalendar();

// ---- 5 (end). The member's own total once the sheet is accepted ----

function currentTask() {
  const task = /[?&]task=([^&]*)/.exec(window.location.hash);
  return task ? task[1] : null;
}

/**
 * Tasklist shows nothing when a task is completed: the task leaves the list. When a score sheet that
 * the member submitted leaves (no refusal came back), Tasklist's own notifications tell them their total.
 */
function confirmSubmittedSheet() {
  if (!submittedTotal || currentTask() === submittedTotal.task) {
    return;
  }
  const sheet = submittedTotal;
  submittedTotal = null;
  const injector = window.angular && window.angular.element(document.body).injector();
  if (Date.now() - sheet.at < 60000 && injector && injector.has('Notifications')) {
    injector.get('Notifications').addMessage({
      status: 'Đã gửi phiếu chấm điểm',
      message: 'Tổng điểm phiếu chấm của bạn: ' + sheet.total + '.',
      duration: 20000
    });
  }
}

window.addEventListener('hashchange', confirmSubmittedSheet);
window.addEventListener('hashchange', urgentFirstOnce);
urgentFirstOnce();
