/**
 * "Submit now": a real HTML form post to Sectigo in a new tab, built with DOM
 * calls (no HTML parsing, so nothing typed can become markup). The page's
 * Content-Security-Policy lets a form go only to this page or Sectigo
 * (form-action), so a tampered action would be refused by the browser too.
 */
import type { FormPost } from '../../../core/order';

export function postInNewTab(post: FormPost): void {
  const form = document.createElement('form');
  form.method = post.method.toLowerCase();
  form.action = post.action;
  form.target = '_blank';
  // The new tab gets neither a handle on this page nor its address.
  form.rel = 'noopener noreferrer';
  form.acceptCharset = 'UTF-8';
  form.enctype = 'application/x-www-form-urlencoded';
  form.hidden = true;
  for (const [name, value] of post.fields) {
    // Hidden inputs keep a value exactly (text inputs would drop a CSR's newlines).
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.append(input);
  }
  document.body.append(form);
  try {
    form.submit();
  } finally {
    // The submission has taken its copy of the fields; the password leaves the DOM.
    form.remove();
  }
}
