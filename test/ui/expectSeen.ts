import { expect } from 'vitest';

/** Why a user would not see `node`, or null. */
function hiddenBy(node: Element, target: Element): string | null {
  if (node.hasAttribute('hidden')) return 'the hidden attribute';
  if (node.getAttribute('aria-hidden') === 'true') return 'aria-hidden';
  const style = window.getComputedStyle(node);
  if (style.display === 'none') return 'display: none';
  if (style.visibility === 'hidden') return 'visibility: hidden';
  // A closed <details> shows its <summary> only.
  if (node instanceof HTMLDetailsElement && !node.open && node !== target) {
    const summary = node.querySelector(':scope > summary');
    if (!summary?.contains(target)) return 'a closed <details>';
  }
  return null;
}

/**
 * Asserts that the user sees `element` on the page: it is in the document and
 * neither it nor any parent is hidden (the hidden attribute, aria-hidden,
 * display or visibility, a closed <details> outside its summary). Returns the
 * element, for assertions on its text or value.
 */
export function expectSeen<T extends Element>(element: T): T {
  expect(element.isConnected, 'the element is on the page').toBe(true);
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    expect(hiddenBy(node, element), `“${element.textContent}” is seen`).toBeNull();
  }
  return element;
}
