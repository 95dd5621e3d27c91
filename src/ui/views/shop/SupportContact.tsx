import type { ResellerConfig } from '../../../core/config';
import { useMessages } from '../../i18n/useMessages';

/** The reseller's support contact from config.json (validated there: https:// only). */
export function SupportContact({
  support,
  id,
  heading = true,
}: {
  readonly support: ResellerConfig['support'];
  readonly id: string;
  readonly heading?: boolean;
}) {
  const { common } = useMessages();
  if (!support) return null;
  const list = (
    <ul>
      {support.email ? (
        <li>
          {common.support.email}: <a href={`mailto:${support.email}`}>{support.email}</a>
        </li>
      ) : null}
      {support.phone ? (
        <li>
          {common.support.phone}: {support.phone}
        </li>
      ) : null}
      {support.url ? (
        // The reseller's own address from config.json (validated https://), not response data.
        <li>
          <a href={support.url} rel="noopener noreferrer" target="_blank">
            {common.support.pages}
          </a>
        </li>
      ) : null}
    </ul>
  );
  if (!heading) return list;
  return (
    <section class="support" aria-labelledby={id}>
      <h2 id={id}>{common.support.title}</h2>
      {list}
    </section>
  );
}
