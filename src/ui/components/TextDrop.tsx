import { useState } from 'preact/hooks';
import { useMessages } from '../i18n/useMessages';

interface TextDropProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Called with the raw bytes of a dropped or chosen file (for DER files). */
  readonly onBytes?: (bytes: Uint8Array, name: string) => void;
  readonly rows?: number;
  readonly placeholder?: string;
  readonly accept?: string;
  /** Label of the file chooser button. */
  readonly chooseLabel?: string;
  readonly describedBy?: string | undefined;
  readonly invalid?: boolean;
}

/** Files larger than this are refused before reading: nothing here needs more. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Looks like text (PEM, Base64, query strings) rather than binary DER. */
function isProbablyText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  return !sample.some((byte) => byte === 0 || (byte < 9 && byte !== 0)) && sample[0] !== 0x30;
}

/**
 * A monospace textarea that also takes a dropped file or one chosen with a
 * button. Files are read in the page; nothing is uploaded.
 */
export function TextDrop(props: TextDropProps) {
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState('');
  const { common } = useMessages();

  const readFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setNotice(
        common.files.tooLarge(
          file.name,
          Math.round((file.size / 1048576) * 10) / 10,
          MAX_FILE_BYTES / 1048576,
        ),
      );
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    setNotice('');
    if (!isProbablyText(bytes) && props.onBytes) props.onBytes(bytes, file.name);
    else props.onChange(new TextDecoder().decode(bytes));
  };

  return (
    <div
      class={`text-drop${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => {
        setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer?.files[0];
        if (file) void readFile(file);
      }}
    >
      <textarea
        id={props.id}
        class="mono"
        rows={props.rows ?? 10}
        value={props.value}
        placeholder={props.placeholder}
        spellcheck={false}
        autoComplete="off"
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid ? 'true' : undefined}
        onInput={(event) => {
          props.onChange(event.currentTarget.value);
        }}
      />
      <div class="text-drop-actions">
        <label class="file-choose">
          <span>{props.chooseLabel ?? common.chooseFile}</span>
          <input
            type="file"
            accept={props.accept}
            class="visually-hidden"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void readFile(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <span class="hint">{common.files.dropHere}</span>
        {props.value !== '' ? (
          <button
            type="button"
            class="link-button"
            onClick={() => {
              props.onChange('');
            }}
          >
            {common.files.clear}
          </button>
        ) : null}
      </div>
      {notice ? (
        <p class="field-error" role="alert">
          {notice}
        </p>
      ) : null}
    </div>
  );
}
