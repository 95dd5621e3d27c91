import { useState } from 'preact/hooks';
import type { OrderIssue } from '../../../core/order';
import type { ProductSpec } from '../../../core/spec';
import { Field, fieldAria } from '../../components/Field';
import {
  fieldId,
  isCertificate,
  issueKey,
  listedCodes,
  type FormValues,
  type OrderModel,
  type ProductParam,
} from './formModel';

const productLabel = (product: ProductSpec) => `${product.name} (${product.code})`;

/** Products by brand (PositiveSSL, InstantSSL …), in table order; unbranded ones under "". */
function byBrand(products: readonly ProductSpec[]): [string, ProductSpec[]][] {
  const groups = new Map<string, ProductSpec[]>();
  for (const product of products) {
    const brand = product.brand ?? '';
    groups.set(brand, [...(groups.get(brand) ?? []), product]);
  }
  return [...groups];
}

function ProductOptions({ products }: { products: readonly ProductSpec[] }) {
  const groups = byBrand(products);
  return (
    <>
      {groups.map(([brand, members]) =>
        brand === '' || groups.length === 1 ? (
          members.map((product) => (
            <option key={product.code} value={String(product.code)}>
              {productLabel(product)}
            </option>
          ))
        ) : (
          <optgroup key={brand} label={brand}>
            {members.map((product) => (
              <option key={product.code} value={String(product.code)}>
                {productLabel(product)}
              </option>
            ))}
          </optgroup>
        ),
      )}
    </>
  );
}

const messages = (issues: ReadonlyMap<string, readonly OrderIssue[]>, key: string) => {
  const found = issues.get(issueKey(key)) ?? [];
  return found.length === 0 ? undefined : found.map((issue) => issue.message).join(' ');
};

interface ListPickerProps {
  readonly model: OrderModel;
  readonly param: ProductParam;
  readonly values: FormValues;
  readonly onChange: (key: string, value: string) => void;
  readonly issues: ReadonlyMap<string, readonly OrderIssue[]>;
}

/**
 * A top-level product list (`product=` on !AutoApplyOrder): one certificate
 * from a select, bundle products (TrustLogo, CodeGuard …) as check boxes,
 * written back as the comma-separated list the parameter takes.
 */
export function ProductListPicker({ model, param, values, onChange, issues }: ListPickerProps) {
  const key = param.spec.name;
  const id = fieldId(key);
  const codes = listedCodes(values[key]);
  const certificates = model.catalogue.filter(isCertificate);
  const addOns = model.catalogue.filter((product) => !isCertificate(product));
  const isCertificateCode = (code: string) =>
    certificates.some((product) => String(product.code) === code);
  const certificate = codes.find(isCertificateCode) ?? '';
  const others = codes.filter((code) => !isCertificateCode(code));
  const write = (next: string[]) => {
    onChange(key, next.filter((code) => code !== '').join(','));
  };
  const error = messages(issues, key);
  const chosenAddOns = addOns.filter((product) => others.includes(String(product.code)));
  const brands = [...new Set(addOns.map((product) => product.brand ?? product.name))];
  // The user opens and closes the list; it starts open when add-ons are chosen.
  const [open, setOpen] = useState(chosenAddOns.length > 0);

  return (
    <div class="order-products">
      <Field
        id={id}
        label="Certificate"
        required={param.spec.requirement === 'required'}
        error={error}
        help={
          <>
            {param.spec.description} Sent as <code>{key}</code>
            {codes.length > 0 ? (
              <>
                {' '}
                = <code>{codes.join(',')}</code>
              </>
            ) : null}
            .
          </>
        }
      >
        <select
          {...fieldAria(id, {
            help: true,
            error,
            required: param.spec.requirement === 'required',
          })}
          value={certificate}
          onChange={(event) => {
            write([event.currentTarget.value, ...others]);
          }}
        >
          <option value="">Choose a certificate…</option>
          <ProductOptions products={certificates} />
        </select>
      </Field>
      {addOns.length === 0 ? null : (
        <details
          class="order-addons"
          open={open}
          onToggle={(event) => {
            setOpen(event.currentTarget.open);
          }}
        >
          <summary>
            Add-on products ({brands.join(', ')})
            {chosenAddOns.length > 0 ? `: ${String(chosenAddOns.length)} chosen` : ''}
          </summary>
          {byBrand(addOns).map(([brand, members]) => (
            <fieldset key={brand} class="order-addon-brand">
              <legend>{brand || 'Other'}</legend>
              {members.map((product) => {
                const code = String(product.code);
                const checked = others.includes(code);
                return (
                  <label key={code} class="order-check">
                    <input
                      type="checkbox"
                      checked={checked}
                      onChange={(event) => {
                        write(
                          event.currentTarget.checked
                            ? [certificate, ...others, code]
                            : [certificate, ...others.filter((other) => other !== code)],
                        );
                      }}
                    />{' '}
                    {productLabel(product)}
                  </label>
                );
              })}
            </fieldset>
          ))}
        </details>
      )}
    </div>
  );
}

interface ItemPickerProps {
  readonly model: OrderModel;
  readonly param: ProductParam;
  readonly values: FormValues;
  readonly onChange: (key: string, value: string) => void;
  readonly issues: ReadonlyMap<string, readonly OrderIssue[]>;
  readonly onAddItem: () => void;
  readonly onRemoveItem: () => void;
}

/** `!PlaceOrder` items: one product per item (`1_PPP`, `2_PPP` …), items added and removed. */
export function ItemProductsPicker({
  model,
  param,
  values,
  onChange,
  issues,
  onAddItem,
  onRemoveItem,
}: ItemPickerProps) {
  const last = model.items.length;
  const required = param.spec.requirement === 'required';
  return (
    <div class="order-products">
      {model.items.map((item) => {
        const id = fieldId(item.productKey);
        const error = messages(issues, item.productKey);
        const value = values[item.productKey] ?? '';
        const known = value === '' || model.catalogue.some((p) => String(p.code) === value);
        return (
          <div class="order-item-product" key={item.number}>
            <Field
              id={id}
              label={`Item ${String(item.number)}: ${param.spec.label}`}
              required={required}
              error={error}
              help={
                <>
                  {param.spec.description} Sent as <code>{item.productKey}</code>
                  {param.spec.condition === undefined ? null : <> · {param.spec.condition}</>}
                </>
              }
            >
              <select
                {...fieldAria(id, { help: true, error, required })}
                value={value}
                onChange={(event) => {
                  onChange(item.productKey, event.currentTarget.value);
                }}
              >
                <option value="">Choose a product…</option>
                <ProductOptions products={model.catalogue} />
                {known ? null : <option value={value}>{value} (not a documented product)</option>}
              </select>
            </Field>
            {item.number === last && last > 1 ? (
              <button type="button" class="secondary order-remove" onClick={onRemoveItem}>
                Remove item {item.number}
              </button>
            ) : null}
          </div>
        );
      })}
      <div class="actions">
        <button type="button" class="secondary" onClick={onAddItem}>
          Add an item
        </button>
      </div>
    </div>
  );
}
