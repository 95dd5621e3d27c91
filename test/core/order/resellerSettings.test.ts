/**
 * Which settings "remember these settings on this device" may keep:
 * the reseller's own, never a credential, a CSR or a customer's detail.
 */
import { describe, expect, it } from 'vitest';
import {
  pickSettings,
  readSettings,
  settingParams,
} from '../../../src/core/order/resellerSettings';
import type { OrderEndpointId } from '../../../src/core/order/types';
import { ENDPOINTS, REQUEST_ENDPOINT_IDS } from '../../../src/core/spec/endpoints';
import type { ParamSpec } from '../../../src/core/spec/types';

const table = (endpoint: OrderEndpointId): readonly ParamSpec[] => ENDPOINTS[endpoint].params;

describe('settingParams', () => {
  it('lists the reseller’s settings of !PlaceOrder', () => {
    expect(settingParams('PlaceOrder').map((spec) => spec.name)).toEqual([
      'ap',
      'reseller',
      'errorURL',
      'successURL',
      'SMIMEVerificationTemplateID',
      'SMIMERequestTemplateID',
      'SMIMECollectionTemplateID',
      'shippingTemplateID',
      'languageName',
    ]);
  });

  it.each(REQUEST_ENDPOINT_IDS)('%s: never a secret, a CSR, an item or a login', (endpoint) => {
    for (const spec of settingParams(endpoint)) {
      expect(spec.secret).not.toBe(true);
      expect(spec.format).not.toBe('csr');
      expect(spec.item).not.toBe(true);
      expect(spec.name.toLowerCase()).not.toMatch(/login|password|email|^(fore|sur)?name$/);
    }
  });
});

describe('pickSettings and readSettings', () => {
  const typed = Object.fromEntries(
    table('PlaceOrder').map((spec) => [
      spec.item === true ? `1_${spec.name}` : spec.name,
      `v-${spec.name}`,
    ]),
  );

  it('keep only the settings of what was typed', () => {
    const picked = pickSettings('PlaceOrder', typed);
    expect(Object.keys(picked).sort()).toEqual(
      settingParams('PlaceOrder')
        .map((spec) => spec.name)
        .sort(),
    );
    expect(JSON.stringify(picked)).not.toMatch(/loginPassword|loginName|csr|emailAddress/);
  });

  it('drop anything else found on the device', () => {
    const tampered = {
      PlaceOrder: { ap: 'brand', loginPassword: 'hunter2', '1_csr': 'x', successURL: 7 },
      AutoApplyOrder: 'not an object',
      Push: { ap: 'x' },
    };
    expect(readSettings(tampered)).toEqual({ PlaceOrder: { ap: 'brand' } });
    expect(readSettings(null)).toEqual({});
    expect(readSettings('text')).toEqual({});
  });
});
