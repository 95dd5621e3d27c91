/**
 * How an order's result gets back to the tab the customer ordered in.
 *
 * The order is posted into a new tab (postInNewTab), so this tab stays open
 * with everything typed, the key and the CSR in memory. Sectigo redirects the
 * new tab to successURL / errorURL; the app opens there, reads the result and
 * passes the query to this tab over a BroadcastChannel, a same-origin message
 * that stores nothing. The ordering tab answers, so the result tab can say
 * where the customer's work is, and with the language the customer chose
 * there, so the result tab speaks it too (its own address carries none). Without BroadcastChannel (or with the ordering
 * tab closed) the result tab still shows the result on its own.
 */
const CHANNEL = 'order-desk-result';

interface ResultMessage {
  readonly type: 'result';
  readonly query: string;
}
interface AckMessage {
  readonly type: 'ack';
  /** The ordering tab's language code ("de"). */
  readonly language?: string;
}

function open(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
}

const isResult = (data: unknown): data is ResultMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as { type?: unknown }).type === 'result' &&
  typeof (data as { query?: unknown }).query === 'string' &&
  (data as { query: string }).query.length <= 4096;

/**
 * In the result tab: passes the result on; `onAck` is called when an ordering
 * tab took it. Returns a function that stops listening.
 */
export function announceResult(
  query: string,
  onAck: (language: string | undefined) => void,
): () => void {
  const channel = open();
  if (!channel) return () => undefined;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<AckMessage> | null;
    if (data?.type !== 'ack') return;
    // A code, not text to show: the receiver offers only languages it has.
    const language =
      typeof data.language === 'string' && /^[a-z]{2,3}$/.test(data.language)
        ? data.language
        : undefined;
    onAck(language);
  };
  channel.postMessage({ type: 'result', query } satisfies ResultMessage);
  return () => {
    channel.close();
  };
}

/**
 * In the ordering tab, while an order is out: `onResult` gets each result
 * query, and the result tab is told it arrived and in which language this tab is. Returns a function that stops listening.
 */
export function awaitResult(onResult: (query: string) => void, language: string): () => void {
  const channel = open();
  if (!channel) return () => undefined;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!isResult(event.data)) return;
    onResult(event.data.query);
    channel.postMessage({ type: 'ack', language } satisfies AckMessage);
  };
  return () => {
    channel.close();
  };
}
