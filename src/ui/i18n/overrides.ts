/**
 * A reseller may reword any plain-text message for any language in config.json
 * (`messages: { "de": { "shop.start.collectLink": "…" } }`). Keys are the
 * dotted paths of the catalogue's text leaves; messages that take values
 * (functions) are not overridable, since a config file cannot carry code.
 */

type Tree = { readonly [key: string]: unknown };

/** One language's rewordings: catalogue key → text. */
export type Overrides = Readonly<Record<string, string>>;

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every overridable key of a catalogue: the dotted paths of its string leaves. */
export function textKeys(catalogue: Tree, prefix = ''): string[] {
  const keys: string[] = [];
  for (const [name, value] of Object.entries(catalogue)) {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    if (typeof value === 'string') keys.push(path);
    else if (isTree(value)) keys.push(...textKeys(value, path));
  }
  return keys;
}

/** The keys of `overrides` that are not text keys of the catalogue (to name them in an error). */
export function unknownKeys(catalogue: Tree, overrides: Overrides): string[] {
  const known = new Set(textKeys(catalogue));
  return Object.keys(overrides).filter((key) => !known.has(key));
}

/** A copy of the catalogue with the overrides applied; unknown keys are ignored. */
export function applyOverrides<T extends Tree>(catalogue: T, overrides: Overrides | undefined): T {
  if (!overrides) return catalogue;
  const known = new Set(textKeys(catalogue));
  const copy = structuredCloneTree(catalogue);
  for (const [key, text] of Object.entries(overrides)) {
    if (!known.has(key)) continue;
    const path = key.split('.');
    const last = path.pop() as string;
    let node = copy as Record<string, unknown>;
    for (const name of path) node = node[name] as Record<string, unknown>;
    node[last] = text;
  }
  return copy;
}

/** A deep copy of the plain objects (functions are shared, not cloned). */
function structuredCloneTree<T extends Tree>(tree: T): T {
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(tree))
    copy[name] = isTree(value) ? structuredCloneTree(value) : value;
  return copy as T;
}
