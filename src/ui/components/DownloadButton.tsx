import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../i18n/useMessages';

interface DownloadButtonProps {
  /** Text or bytes to save. */
  readonly data: string | Uint8Array;
  readonly filename: string;
  readonly mimeType?: string;
  /** Button text; defaults to "Download <filename>". */
  readonly label?: string;
  /** Called after the browser was asked to save the file. */
  readonly onSaved?: () => void;
  /** The step's main action (saving a key before anything else), drawn as such. */
  readonly primary?: boolean;
}

/**
 * Saves data as a file through a blob: URL made and revoked on the spot. The
 * data never leaves the page; a blob: URL is local to it.
 */
export function DownloadButton({
  data,
  filename,
  mimeType = 'application/octet-stream',
  label,
  onSaved,
  primary = false,
}: DownloadButtonProps) {
  const [saved, setSaved] = useState(false);
  const { common } = useMessages();
  useEffect(() => {
    setSaved(false);
  }, [data]);
  const save = () => {
    const blob = new Blob([typeof data === 'string' ? data : (data as BlobPart)], {
      type: mimeType,
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 1000);
    setSaved(true);
    onSaved?.();
  };
  return (
    <button
      type="button"
      class={primary ? 'download-button' : 'secondary download-button'}
      onClick={save}
    >
      {label ?? common.download(filename)}
      {saved ? <span class="saved-mark"> ✓</span> : null}
    </button>
  );
}
