/*
 * OCOP: a "Hồ sơ" tab on every task of a product (Tasklist's plugin point tasklist.task.detail, loaded
 * through config.js customScripts). It reads the task's productId and shows the product's dossier
 * (ocop-dossier-view.js). A task of no product (a campaign report) says so.
 */
import {renderDossier} from './ocop-dossier-view.js';

async function productOf(api, taskId) {
  const response = await fetch(api.engineApi + '/task/' + encodeURIComponent(taskId) + '/variables/productId',
    {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    return null;
  }
  const variable = await response.json();
  return variable && variable.value != null ? variable.value : null;
}

export default {
  id: 'ocop-dossier',
  pluginPoint: 'tasklist.task.detail',
  priority: 700,
  properties: {label: 'Hồ sơ'},
  render: (node, {api, taskId}) => {
    node.classList.add('ocop-dossier-tab');
    productOf(api, taskId).then(productId => {
      if (productId == null) {
        node.textContent = 'Công việc này không gắn với hồ sơ sản phẩm nào.';
        return;
      }
      renderDossier(node, productId);
    }).catch(() => {
      node.textContent = 'Không tải được hồ sơ sản phẩm.';
    });
  }
};
