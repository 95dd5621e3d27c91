import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../i18n/useMessages';

interface CopyButtonProps {
  readonly text: string;
  /** What is copied, for screen readers: "Copy <label>" (in the page's language). */
  readonly label: string;
}

/** Copies text to the clipboard and says so; never logs or stores it. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const words = useMessages().common.copy;
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => {
      setState('idle');
    }, 2000);
    return () => {
      clearTimeout(timer);
    };
  }, [state]);
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => {
        setState('copied');
      },
      () => {
        setState('failed');
      },
    );
  };
  return (
    <button type="button" class="copy-button" onClick={copy} aria-label={words.label(label)}>
      {state === 'copied' ? words.copied : state === 'failed' ? words.failed : words.button}
      <span class="visually-hidden" role="status">
        {state === 'copied' ? words.done(label) : state === 'failed' ? words.couldNot : ''}
      </span>
    </button>
  );
}
