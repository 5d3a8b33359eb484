import { getJson } from './api.js';

let labels;

/**
 * The ledger's vocabulary in the page's language, from the server (one source for the API's labels
 * and the pages): {states, actions, documents, deadline_rules, methods, open_states}. Loaded once.
 */
export function caseLabels() {
  labels ??= getJson('/api/cases/labels');
  return labels;
}
