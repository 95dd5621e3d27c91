import { CopyButton } from './CopyButton';

interface CodeBlockProps {
  /** Heading-like label shown above the block, also the accessible name. */
  readonly label: string;
  readonly text: string;
  /** The text copied, when it differs from the one shown (e.g. shown masked). */
  readonly copyText?: string;
  readonly id?: string;
}

/** Monospace, selectable, scrollable text with a copy button. Rendered as text, never as HTML. */
export function CodeBlock({ label, text, copyText, id }: CodeBlockProps) {
  return (
    <figure class="code-block" aria-label={label}>
      <figcaption>
        <span>{label}</span>
        <CopyButton text={copyText ?? text} label={label} />
      </figcaption>
      <pre id={id} tabIndex={0}>
        <code>{text}</code>
      </pre>
    </figure>
  );
}
