/**
 * Inspects the input as the user types: debounced, and only the latest input's
 * result is kept (an older, slower inspection never overwrites a newer one).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { InspectResult } from '../../../core/pki';
import { loadInspector, type Inspector } from './loadInspector';

/** What is being inspected: pasted text, or the bytes of a DER file. */
export type CsrInput =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'file'; readonly bytes: Uint8Array; readonly name: string };

/** Quiet time after the last keystroke before inspecting. */
export const DEBOUNCE_MS = 250;

export type Inspection =
  | { readonly phase: 'empty' }
  | {
      readonly phase: 'working';
      /** The previous result, shown (dimmed) until the new one is ready. */
      readonly previous?: Done;
    }
  | Done
  | { readonly phase: 'failed'; readonly message: string };

interface Done {
  readonly phase: 'done';
  readonly result: InspectResult;
  readonly inspector: Inspector;
}

export const isEmptyInput = (input: CsrInput): boolean =>
  input.kind === 'text' ? input.text.trim() === '' : input.bytes.length === 0;

export function useInspection(
  input: CsrInput,
  product: number | undefined,
  uniqueValue: string,
): Inspection {
  const [state, setState] = useState<Inspection>({ phase: 'empty' });
  const latest = useRef(0);
  useEffect(() => {
    latest.current += 1;
    const run = latest.current;
    if (isEmptyInput(input)) {
      setState({ phase: 'empty' });
      return;
    }
    setState((previous) =>
      previous.phase === 'done'
        ? { phase: 'working', previous }
        : previous.phase === 'working'
          ? previous
          : { phase: 'working' },
    );
    const timer = setTimeout(
      () => {
        loadInspector()
          .then(async (inspector) => {
            const unique = uniqueValue.trim();
            const result = await inspector.inspectCsr(
              input.kind === 'text' ? input.text : input.bytes,
              {
                ...(product === undefined ? {} : { product }),
                ...(unique === '' ? {} : { uniqueValue: unique }),
              },
            );
            if (run === latest.current) setState({ phase: 'done', result, inspector });
          })
          .catch((error: unknown) => {
            if (run !== latest.current) return;
            setState({
              phase: 'failed',
              message:
                error instanceof Error && /WebCrypto/.test(error.message)
                  ? error.message
                  : 'The inspector could not be loaded or failed. Reload the page and try again.',
            });
          });
      },
      input.kind === 'file' ? 0 : DEBOUNCE_MS,
    );
    return () => {
      clearTimeout(timer);
    };
  }, [input, product, uniqueValue]);
  return state;
}
