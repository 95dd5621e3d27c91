import { useEffect, useState } from 'preact/hooks';

interface CopyButtonProps {
  readonly text: string;
  /** What is copied, for screen readers: "Copy <label>". */
  readonly label: string;
}

/** Copies text to the clipboard and says so; never logs or stores it. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
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
    <button type="button" class="copy-button" onClick={copy} aria-label={`Copy ${label}`}>
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
      <span class="visually-hidden" role="status">
        {state === 'copied' ? `${label} copied` : state === 'failed' ? 'Could not copy' : ''}
      </span>
    </button>
  );
}
