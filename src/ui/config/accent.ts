/**
 * The reseller's accent colour (config.json `accentColor`, validated as #rgb or
 * #rrggbb) applied as the --accent custom property through the CSSOM, which the
 * page's Content-Security-Policy (style-src 'self') allows without
 * 'unsafe-inline'. The text on it is black or white, whichever contrasts more
 * (WCAG 2 relative luminance).
 */
function channels(hex: string): [number, number, number] {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? digits.replace(/./g, (d) => d + d) : digits;
  return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** '#ffffff' or '#000000': the one with the higher contrast ratio on `hex`. */
export function textOn(hex: string): '#ffffff' | '#000000' {
  const l = relativeLuminance(hex);
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/** Sets (or, with undefined, removes) the accent on the document; returns the undo. */
export function applyAccent(hex: string | undefined, root: HTMLElement): () => void {
  // In the dark scheme links and focus use the accent on a dark background: a
  // brand colour chosen for white pages could be unreadable there, so the
  // dark theme keeps its own.
  if (
    !hex ||
    (typeof window.matchMedia === 'function' &&
      window.matchMedia('(prefers-color-scheme: dark)').matches)
  )
    return () => undefined;
  root.style.setProperty('--accent', hex);
  root.style.setProperty('--accent-text', textOn(hex));
  return () => {
    root.style.removeProperty('--accent');
    root.style.removeProperty('--accent-text');
  };
}
