import type { ResellerConfig } from '../../../core/config';
import type { BuiltRequest } from '../../../core/order';
import type { ProductSpec } from '../../../core/spec';
import { countryOptions } from '../../components/countries';
import { NameValueTable } from '../../components/NameValueTable';
import { NextSteps } from '../../components/NextSteps';
import { useLocalText } from '../../config/localText';
import { useLanguage } from '../../i18n/LanguageProvider';
import { params as enParams } from '../../i18n/en/params';
import { shop as enShop } from '../../i18n/en/shop';
import { useMessages } from '../../i18n/useMessages';
import { productName, productYears } from './productWords';

interface ReviewStepProps {
  readonly config: ResellerConfig;
  readonly product: ProductSpec;
  readonly form: Readonly<Record<string, string>>;
  /** The request as it will be sent, secrets masked (for the technical details). */
  readonly built: BuiltRequest;
  /** Customer-worded problems left (from customerIssues), if any. */
  readonly problems: readonly string[];
  readonly onEdit: (step: 'product' | 'details') => void;
  readonly onBack: () => void;
  readonly onPlace: () => void;
}

export function ReviewStep(props: ReviewStepProps) {
  const messages = useMessages({ params: enParams, shop: enShop });
  const inLanguage = useLocalText();
  const { tag } = useLanguage();
  const { review } = messages.shop;
  const { form, product, config } = props;
  const isOrganization = product.validation === 'organization';
  const name = [form.foreName, form.surName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  const address = [
    form.streetAddress1,
    form.streetAddress2,
    [form.postalCode, form.localityName].filter((part) => part?.trim()).join(' '),
    form.stateOrProvinceName,
    countryOptions(tag).find((country) => country.code === form.countryName)?.name,
  ]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');
  const years = productYears(messages, product);
  const price = inLanguage(config.prices?.[String(product.code)]);
  const brand = config.brandName ?? config.ap;
  const account =
    form.isReturningCustomer === 'Y'
      ? review.accountExisting(form.loginName ?? '')
      : review.accountNew(form.loginName ?? '');

  const row = (label: string, value: string | undefined, edit?: 'product' | 'details') =>
    value
      ? {
          name: label,
          value: (
            <>
              {value}
              {edit ? (
                <>
                  {' '}
                  <button
                    type="button"
                    class="link-button"
                    aria-label={`${review.edit}: ${label}`}
                    onClick={() => {
                      props.onEdit(edit);
                    }}
                  >
                    {review.edit}
                  </button>
                </>
              ) : null}
            </>
          ),
        }
      : null;

  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">{review.title}</h2>
      <p>{review.intro}</p>
      <NameValueTable
        as="list"
        class="review-summary"
        rowClass="review-row"
        rows={[
          row(review.certificate, productName(messages, product), 'product'),
          row(review.validity, years),
          row(review.price, price),
          row(review.mailbox, form.emailAddress?.trim(), 'details'),
          row(review.name, name, 'details'),
          isOrganization && row(review.organization, form.organizationName?.trim(), 'details'),
          isOrganization && row(review.address, address, 'details'),
          isOrganization && row(review.identifier, form.organizationIdentifier?.trim(), 'details'),
          row(review.account, account, 'details'),
        ]}
      />
      <NextSteps
        heading={review.whatHappens}
        steps={[...review.happens, config.reseller === 'Y' && review.resellerApproves(brand)]}
      />
      {props.problems.length > 0 ? (
        <div class="notice error" role="alert">
          <p>{review.fixFirst}</p>
          <ul>
            {props.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="actions">
        <button type="button" class="secondary" onClick={props.onBack}>
          {messages.common.back}
        </button>
        <button type="button" disabled={props.problems.length > 0} onClick={props.onPlace}>
          {review.placeOrder}
        </button>
      </div>
      <details class="technical">
        <summary>{messages.common.technicalDetails}</summary>
        <p class="help">{messages.common.technicalDetailsHelp}</p>
        <NameValueTable
          class="review"
          caption={review.sentParams}
          rows={props.built.params.map(([param, value]) => ({
            key: param,
            name: <code>{param}</code>,
            value: /csr$/i.test(param)
              ? review.csrSummary(value.length)
              : props.built.secretFields.includes(param)
                ? review.passwordHidden
                : value,
          }))}
        />
      </details>
    </section>
  );
}
