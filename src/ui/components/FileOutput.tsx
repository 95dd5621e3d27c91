import type { ComponentChildren } from 'preact';
import { CodeBlock } from './CodeBlock';
import { DownloadButton } from './DownloadButton';

interface FileOutputProps {
  /** The block's label, also its accessible name. */
  readonly label: string;
  readonly text: string;
  readonly id: string;
  readonly filename: string;
  readonly mimeType: string;
  readonly downloadLabel: string;
  /** What to do with the file next, shown beside the download button. */
  readonly children: ComponentChildren;
}

/** A file the page made for the reader: shown (with copy), downloadable, and the next step beside it. */
export function FileOutput({
  label,
  text,
  id,
  filename,
  mimeType,
  downloadLabel,
  children,
}: FileOutputProps) {
  return (
    <>
      <CodeBlock label={label} text={text} id={id} />
      <p class="actions">
        <DownloadButton data={text} filename={filename} mimeType={mimeType} label={downloadLabel} />
        <span class="hint">{children}</span>
      </p>
    </>
  );
}
