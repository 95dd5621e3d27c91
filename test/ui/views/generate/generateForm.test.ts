/**
 * The Generate form's logic without the page: the core request it stands for
 * (generateForm.ts) and the problems it shows, by control (checkForm.ts). Presets and rules are the core's
 * (src/core/pki/csrPresets.ts, after autoapplyorder-guide-v2.txt "csr" and
 * placeorder-smime.txt, "Company address details").
 */
import { describe, expect, it } from 'vitest';
import { checkForm } from '../../../../src/ui/views/generate/checkForm';
import {
  INITIAL,
  controlFor,
  presetOf,
  toRequest,
  type FormProblem,
  type FormState,
} from '../../../../src/ui/views/generate/generateForm';

const form = (over: Partial<FormState>): FormState => ({ ...INITIAL, ...over });

/** A problem as kind (and field, or the core's field path), for compact tables. */
function brief(problem: FormProblem): string {
  switch (problem.kind) {
    case 'namesRequired':
      return `namesRequired:${problem.names}`;
    case 'required':
      return `required:${problem.field}`;
    case 'oneOf':
      return `oneOf:${problem.fields.join('|')}`;
    case 'core':
      return `core:${problem.issue.field}`;
    case 'oneEmail':
      return 'oneEmail';
  }
}

const briefs = (problems: Readonly<Record<string, FormProblem>>) =>
  Object.fromEntries(Object.entries(problems).map(([id, problem]) => [id, brief(problem)]));

describe('toRequest', () => {
  it.each<{ name: string; form: FormState; request: ReturnType<typeof toRequest> }>([
    {
      name: 'OV/EV: first domain in CN, all in SANs, address lines in order',
      form: {
        preset: 'ov-ev',
        algorithm: 'RSA-3072',
        names: 'www.example.com, example.com',
        subject: { organizationName: ' Example Ltd ', countryName: 'GB', localityName: '' },
        street: ['1 High St', '', 'Floor 2'],
      },
      request: {
        algorithm: 'RSA-3072',
        subject: {
          organizationName: 'Example Ltd',
          countryName: 'GB',
          streetAddress: ['1 High St', 'Floor 2'],
          commonName: 'www.example.com',
        },
        dnsNames: ['www.example.com', 'example.com'],
      },
    },
    {
      name: 'DV: organization fields typed under another preset are left out',
      form: form({
        names: 'a.example.com\nb.example.com',
        subject: { organizationName: 'Kept for OV' },
        street: ['1 High St', '', ''],
      }),
      request: {
        algorithm: 'P-256',
        subject: { commonName: 'a.example.com' },
        dnsNames: ['a.example.com', 'b.example.com'],
      },
    },
    {
      name: 'S/MIME mailbox: the address in the subject and as the only SAN',
      form: form({ preset: 'smime-mailbox', algorithm: 'RSA-2048', names: ' ann@example.com ' }),
      request: {
        algorithm: 'RSA-2048',
        subject: { emailAddress: 'ann@example.com' },
        emailAddresses: ['ann@example.com'],
      },
    },
    {
      name: 'empty names: no CN and no SANs',
      form: INITIAL,
      request: { algorithm: 'P-256', subject: {}, dnsNames: [] },
    },
  ])('$name', ({ form: state, request }) => {
    expect(toRequest(state)).toEqual(request);
  });
});

describe('checkForm', () => {
  it.each<{
    name: string;
    form: FormState;
    valid: boolean;
    whileTyping: Record<string, string>;
    afterAttempt: Record<string, string>;
  }>([
    {
      name: 'an empty form is not valid, but shows nothing until the first attempt',
      form: INITIAL,
      valid: false,
      whileTyping: {},
      afterAttempt: { names: 'namesRequired:domains' },
    },
    {
      name: 'one good domain is valid',
      form: form({ names: 'www.example.com' }),
      valid: true,
      whileTyping: {},
      afterAttempt: {},
    },
    {
      name: 'a bad domain shows at once, on the names box, from the core check',
      form: form({ names: 'good.example.com\nbad_label.example.com' }),
      valid: false,
      whileTyping: { names: 'core:dnsNames.1' },
      afterAttempt: { names: 'core:dnsNames.1' },
    },
    {
      name: 'S/MIME takes one address per certificate',
      form: form({ preset: 'smime-mailbox', names: 'a@example.com, b@example.com' }),
      valid: false,
      whileTyping: { names: 'oneEmail' },
      afterAttempt: { names: 'oneEmail' },
    },
    {
      name: 'S/MIME with nothing typed asks for the address after the attempt',
      form: form({ preset: 'smime-mailbox' }),
      valid: false,
      whileTyping: {},
      afterAttempt: { names: 'namesRequired:email' },
    },
    {
      name: 'OV/EV needs organization, locality and country (the preset’s required fields)',
      form: form({ preset: 'ov-ev', names: 'www.example.com' }),
      valid: false,
      whileTyping: {},
      afterAttempt: {
        'subject-organizationName': 'required:organizationName',
        'subject-localityName': 'required:localityName',
        'subject-countryName': 'required:countryName',
      },
    },
    {
      name: 'S/MIME organization: street line 1, postal code, country, and locality or state',
      form: form({ preset: 'smime-organization', names: 'ann@example.com' }),
      valid: false,
      whileTyping: {},
      afterAttempt: {
        'subject-organizationName': 'required:organizationName',
        'street-0': 'required:streetAddress',
        'subject-postalCode': 'required:postalCode',
        'subject-countryName': 'required:countryName',
        'subject-localityName': 'oneOf:localityName|stateOrProvinceName',
      },
    },
    {
      name: 'S/MIME organization: the state alone stands in for the locality',
      form: form({
        preset: 'smime-organization',
        names: 'ann@example.com',
        subject: {
          organizationName: 'Example Ltd',
          stateOrProvinceName: 'Bavaria',
          postalCode: '80331',
          countryName: 'DE',
        },
        street: ['Marienplatz 1', '', ''],
      }),
      valid: true,
      whileTyping: {},
      afterAttempt: {},
    },
    {
      name: 'a broken subject rule shows at once on its own control (the street line as typed)',
      form: form({
        preset: 'ov-ev',
        names: 'www.example.com',
        subject: { organizationName: 'x'.repeat(65), countryName: 'gb' },
        street: ['', 'line\ttwo', ''],
      }),
      valid: false,
      whileTyping: {
        'subject-organizationName': 'core:subject.organizationName',
        'subject-countryName': 'core:subject.countryName',
        'street-1': 'core:subject.streetAddress.0',
      },
      afterAttempt: {
        'subject-organizationName': 'core:subject.organizationName',
        'subject-countryName': 'core:subject.countryName',
        'street-1': 'core:subject.streetAddress.0',
        'subject-localityName': 'required:localityName',
      },
    },
  ])('$name', ({ form: state, valid, whileTyping, afterAttempt }) => {
    const check = checkForm(state);
    expect(check.valid).toBe(valid);
    expect(briefs(check.errors(false))).toEqual(whileTyping);
    expect(briefs(check.errors(true))).toEqual(afterAttempt);
  });

  it('passes the core’s notes on (an internationalised name in its punycode form)', () => {
    expect(checkForm(form({ names: 'bücher.example.com' })).check.notes).toHaveLength(1);
  });
});

describe('controlFor', () => {
  it.each([
    ['dnsNames.3', 'names'],
    ['emailAddresses.0', 'names'],
    ['subject.commonName', 'names'],
    ['subject.emailAddress', 'names'],
    ['subject.streetAddress.2', 'street-2'],
    ['subject.streetAddress', 'street-0'],
    ['subject.countryName', 'subject-countryName'],
    ['algorithm', 'algorithm'],
  ])('%s belongs to %s', (field, id) => {
    expect(controlFor(field)).toBe(id);
  });
});

describe('presetOf', () => {
  it('falls back to the first preset for a kept form naming one no longer known', () => {
    expect(presetOf({ preset: 'gone' as never }).id).toBe('dv');
    expect(presetOf({ preset: 'smime-mailbox' }).names).toBe('email');
  });
});
