import { canonicalJson, webCryptoHmacHex } from '../../../shared/approvals/canonical';
import { ANSWERS_FORMAT, ANSWERS_VERSION } from '../../../shared/approvals/model';

/**
 * The pack page's only script. It reads the pack's metadata from a JSON data block, collects the answers,
 * MACs them with the same canonicalisation and HMAC functions the backend's tests check (their source text is
 * embedded here) and saves the `.mdreview` file. It never touches the network (the CSP forbids it anyway) and
 * writes text only through textContent.
 */
export function packScript(): string {
  return `(function () {
'use strict';
var canonicalJson = (${canonicalJson.toString()});
var webCryptoHmacHex = (${webCryptoHmacHex.toString()});
var meta = JSON.parse(document.getElementById('pack-meta').textContent);
var text = meta.text;
var statusBox = document.getElementById('answer-status');
function show(message, isError) {
  statusBox.textContent = message;
  statusBox.className = isError ? 'status error' : 'status ok';
}
function collect() {
  var answers = [];
  var missingComment = [];
  var items = document.querySelectorAll('article.item');
  for (var i = 0; i < items.length; i++) {
    var el = items[i];
    var chosen = el.querySelector('input[type=radio]:checked');
    if (!chosen) continue;
    var comment = el.querySelector('textarea').value.trim();
    if (chosen.value === 'request_changes' && comment === '') {
      missingComment.push(el.querySelector('h3').textContent);
    }
    answers.push({
      itemId: el.getAttribute('data-item-id'),
      revision: Number(el.getAttribute('data-revision')),
      decision: chosen.value,
      comment: comment
    });
  }
  return { answers: answers, missingComment: missingComment };
}
async function download() {
  var reviewer = document.getElementById('reviewer').value.trim();
  if (reviewer === '') return show(text.needName, true);
  var collected = collect();
  if (collected.answers.length === 0) return show(text.needDecision, true);
  if (collected.missingComment.length > 0) return show(text.needComment + ' ' + collected.missingComment.join('、'), true);
  var file = {
    format: ${JSON.stringify(ANSWERS_FORMAT)},
    version: ${ANSWERS_VERSION},
    packId: meta.packId,
    workspaceId: meta.workspaceId,
    reviewer: reviewer,
    answeredAt: new Date().toISOString(),
    answers: collected.answers
  };
  file.mac = await webCryptoHmacHex(meta.secret, canonicalJson(file));
  var blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
  var url = URL.createObjectURL(blob);
  var link = document.createElement('a');
  link.href = url;
  link.download = meta.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  show(text.saved, false);
}
document.getElementById('download').addEventListener('click', function () {
  download().catch(function (err) { show(text.failed + (err && err.message ? err.message : String(err)), true); });
});
})();`;
}
