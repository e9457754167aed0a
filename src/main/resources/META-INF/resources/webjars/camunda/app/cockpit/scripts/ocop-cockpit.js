/*
 * OCOP: what Cockpit 7.24 cannot be configured to do, loaded through config.js (customScripts).
 *
 * Supervisors watch in Cockpit and change nothing (READ, READ_INSTANCE, READ_HISTORY, READ_TASK on
 * every process definition): the edit and delete buttons of every variable, and "Thêm biến", could
 * only end in a long English permission error. A user who may not open Admin (everyone but the
 * administrator) gets the class ocop-read-only on the page, and styles/user-styles.css hides them.
 */

const AUTH = window.location.pathname.split('/app/')[0] + '/api/admin/auth/user/default';

function markReadOnly(authorizedApps) {
  document.documentElement.classList.toggle('ocop-read-only', authorizedApps.indexOf('admin') < 0);
}

function checkAccess() {
  fetch(AUTH, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : null))
    .then(user => {
      if (user && Array.isArray(user.authorizedApps)) {
        markReadOnly(user.authorizedApps);
      }
    })
    .catch(() => {
      // not logged in yet: checked again after the login
    });
}

document.documentElement.classList.add('ocop-read-only');
window.addEventListener('hashchange', checkAccess);
checkAccess();
