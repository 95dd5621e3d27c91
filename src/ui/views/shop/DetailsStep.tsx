import type { ProductSpec } from '../../../core/spec';
import type { ParamWords } from '../../i18n/messages';
import { params as enParams } from '../../i18n/en/params';
import { shop as enShop } from '../../i18n/en/shop';
import { useMessages } from '../../i18n/useMessages';
import { CustomerParamField } from './CustomerParamField';
import {
  ORGANIZATION_FIELDS,
  ORGANIZATION_REQUIRED,
  PERSON_REQUIRED,
  placeOrderParam,
} from './orderValues';

interface DetailsStepProps {
  readonly product: ProductSpec | undefined;
  readonly form: Readonly<Record<string, string>>;
  readonly confirmPassword: string;
  /** Problems to show now, by field id (empty until the customer tried to go on). */
  readonly errors: Readonly<Record<string, string>>;
  readonly passwordForgotten: boolean;
  readonly onChange: (name: string, value: string) => void;
  readonly onConfirmPassword: (value: string) => void;
  readonly onBack: () => void;
  readonly onContinue: () => void;
}

type FieldOptions = {
  type?: 'text' | 'email' | 'password' | 'tel';
  autoComplete?: string;
  required?: boolean;
};

const AUTOCOMPLETE: Readonly<Record<string, string>> = {
  foreName: 'given-name',
  surName: 'family-name',
  emailAddress: 'email',
  telephoneNumber: 'tel',
  organizationName: 'organization',
  streetAddress1: 'address-line1',
  streetAddress2: 'address-line2',
  localityName: 'address-level2',
  stateOrProvinceName: 'address-level1',
  postalCode: 'postal-code',
  countryName: 'country',
  loginName: 'username',
};

export function DetailsStep(props: DetailsStepProps) {
  const messages = useMessages({ params: enParams, shop: enShop });
  const { shop } = messages;
  const isOrganization = props.product?.validation === 'organization';
  const returning = props.form.isReturningCustomer === 'Y';
  const words = (name: string) => (messages.params as Partial<Record<string, ParamWords>>)[name];

  const field = (name: string, options: FieldOptions = {}) => {
    const item = name === 'organizationIdentifier';
    const w = words(name);
    return (
      <CustomerParamField
        key={name}
        param={placeOrderParam(name, item)}
        id={`shop-${name}`}
        value={props.form[name] ?? ''}
        onChange={(value) => {
          props.onChange(name, value);
        }}
        required={options.required ?? false}
        error={props.errors[name]}
        label={w?.label ?? name}
        help={w?.help}
        type={options.type ?? 'text'}
        autoComplete={options.autoComplete ?? AUTOCOMPLETE[name] ?? 'off'}
      />
    );
  };
  const errorCount = Object.keys(props.errors).length;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onContinue();
      }}
    >
      {errorCount > 0 ? (
        <p class="notice error" role="alert">
          {shop.details.fixBelow(errorCount)}
        </p>
      ) : null}
      <fieldset>
        <legend>{shop.details.aboutYou}</legend>
        <div class="form-grid">
          {field('foreName', { required: PERSON_REQUIRED.includes('foreName') })}
          {field('surName')}
          {field('emailAddress', { type: 'email', required: true })}
          {field('telephoneNumber', { type: 'tel' })}
        </div>
      </fieldset>
      {isOrganization ? (
        <fieldset>
          <legend>{shop.details.organization}</legend>
          <div class="form-grid">
            {ORGANIZATION_FIELDS.map((name) =>
              field(name, { required: ORGANIZATION_REQUIRED.includes(name) }),
            )}
            {field('organizationIdentifier', { required: true })}
          </div>
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{shop.details.account}</legend>
        <p class="help">{shop.details.accountHelp}</p>
        <div class="account-choice">
          <label>
            <input
              type="radio"
              name="returning"
              checked={!returning}
              onChange={() => {
                props.onChange('isReturningCustomer', 'N');
              }}
            />{' '}
            {shop.details.newAccount}
          </label>
          <label>
            <input
              type="radio"
              name="returning"
              checked={returning}
              onChange={() => {
                props.onChange('isReturningCustomer', 'Y');
              }}
            />{' '}
            {shop.details.existingAccount}
          </label>
        </div>
        {props.passwordForgotten && (props.form.loginPassword ?? '') === '' ? (
          <p class="notice warning">{shop.details.retypePassword}</p>
        ) : null}
        <div class="form-grid">
          {field('loginName', { required: true })}
          {field('loginPassword', {
            type: 'password',
            required: true,
            autoComplete: returning ? 'current-password' : 'new-password',
          })}
          {!returning ? (
            <CustomerParamField
              param={placeOrderParam('loginPassword')}
              id="shop-confirmPassword"
              label={shop.details.confirmPassword}
              help={shop.details.confirmPasswordHelp}
              type="password"
              value={props.confirmPassword}
              onChange={props.onConfirmPassword}
              required
              error={props.errors.confirmPassword}
              autoComplete="new-password"
            />
          ) : null}
        </div>
      </fieldset>
      <div class="actions">
        <button type="button" class="secondary" onClick={props.onBack}>
          {messages.common.back}
        </button>
        <button type="submit">{messages.common.continue}</button>
      </div>
    </form>
  );
}
