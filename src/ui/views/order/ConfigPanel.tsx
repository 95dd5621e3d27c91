import { useMemo, useState } from 'preact/hooks';
import { toResellerConfig } from '../../../core/config';
import { FileOutput } from '../../components/FileOutput';
import { Field, fieldAria } from '../../components/Field';
import type { FormValues } from './formModel';

interface ConfigPanelProps {
  readonly values: FormValues;
  /** This page's address: redirect URLs equal to it are left to the ordering page's default. */
  readonly ownAddress: string;
}

/**
 * The ordering page's config.json from what is typed in the view,
 * checked by the schema the page reads it with, as a download.
 */
export function ConfigPanel({ values, ownAddress }: ConfigPanelProps) {
  const [brandName, setBrandName] = useState('');
  const result = useMemo(
    () => toResellerConfig(values, { brandName, ownAddress }),
    [values, brandName, ownAddress],
  );
  return (
    <section aria-labelledby="order-config-title" class="order-output-section">
      <h2 id="order-config-title">Your ordering page: config.json</h2>
      <p class="lead">
        This app becomes your branded ordering page when a <code>config.json</code> sits beside its{' '}
        <code>index.html</code>. Here is the file for the brand, products, redirect addresses,
        language and templates chosen above.
      </p>
      <div class="form-grid">
        <Field
          id="order-config-brand"
          label="Page heading (brandName)"
          wide
          help="Shown as the heading and title of your ordering page; leave empty for the default."
        >
          <input
            {...fieldAria('order-config-brand', { help: true })}
            value={brandName}
            maxLength={80}
            onInput={(event) => {
              setBrandName(event.currentTarget.value);
            }}
          />
        </Field>
      </div>
      {result.ok ? (
        <p class="notice ok" id="order-config-status">
          Checked with the schema your ordering page uses: it will read this file.
        </p>
      ) : (
        <div class="notice error" id="order-config-status">
          <p>Your ordering page would refuse this file:</p>
          <ul>
            {result.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <FileOutput
        label="config.json"
        text={result.text}
        id="order-config-json"
        filename="config.json"
        mimeType="application/json"
        downloadLabel="Download config.json"
      >
        Next: run <code>npm run build</code>, put <code>config.json</code> beside{' '}
        <code>index.html</code> in <code>dist/</code>, and upload that folder to your web host.
      </FileOutput>
    </section>
  );
}
