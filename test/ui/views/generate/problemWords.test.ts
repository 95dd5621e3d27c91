/**
 * The Generate form's problems in the reader's words, from the core's codes:
 * the subject rules (src/core/pki/subject.ts) and the name problems and notes
 * of src/core/pki/names.ts (codes and values as that module reports them), in
 * English and in German.
 */
import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../../src/core/pki/request';
import { en } from '../../../../src/ui/i18n/en';
import { loadCatalogue } from '../../../../src/ui/i18n/loadCatalogue';
import type { FormProblem } from '../../../../src/ui/views/generate/generateForm';
import {
  fieldLabel,
  noteWords,
  problemWords,
} from '../../../../src/ui/views/generate/problemWords';

const de = await loadCatalogue('de');

const core = (issue: Omit<FieldIssue, 'message'>): FormProblem => ({
  kind: 'core',
  issue: { message: 'core English text', ...issue },
});

describe('problemWords', () => {
  it.each<{ name: string; problem: FormProblem; id: string; en: string; de: string }>([
    {
      name: 'a required field, by its label',
      problem: { kind: 'required', field: 'organizationName' },
      id: 'subject-organizationName',
      en: 'Organization is required for this kind of certificate.',
      de: 'Organisation ist für diese Art von Zertifikat erforderlich.',
    },
    {
      name: 'the street address: its first line',
      problem: { kind: 'required', field: 'streetAddress' },
      id: 'street-0',
      en: 'Street address 1 is required for this kind of certificate.',
      de: 'Adresszeile 1 ist für diese Art von Zertifikat erforderlich.',
    },
    {
      name: 'one of two fields, joined with "or" in the language',
      problem: { kind: 'oneOf', fields: ['localityName', 'stateOrProvinceName'] },
      id: 'subject-localityName',
      en: 'Fill in at least one: Locality (city) or State or province.',
      de: 'Füllen Sie mindestens eines aus: Ort (Stadt) oder Bundesland oder Region.',
    },
    {
      name: 'no domain name yet',
      problem: { kind: 'namesRequired', names: 'domains' },
      id: 'names',
      en: 'Give at least one domain name.',
      de: 'Geben Sie mindestens einen Domainnamen an.',
    },
    {
      name: 'subject tooLong: limit and length in the language’s digits',
      problem: core({
        field: 'subject.organizationName',
        code: 'tooLong',
        values: { max: 64, length: 1200 },
      }),
      id: 'subject-organizationName',
      en: 'Organization is too long: use at most 64 characters (this has 1,200).',
      de: 'Organisation ist zu lang: höchstens 64 Zeichen (hier sind es 1.200).',
    },
    {
      name: 'subject tooMany: a plural',
      problem: core({ field: 'subject.streetAddress', code: 'tooMany', values: { max: 3 } }),
      id: 'street-0',
      en: 'Street address 1: use at most 3 lines.',
      de: 'Adresszeile 1: höchstens 3 Zeilen.',
    },
    {
      name: 'a control character on street line 2, named as the box it was typed in',
      problem: core({ field: 'subject.streetAddress.0', code: 'controlCharacter' }),
      id: 'street-1',
      en: 'Street address 2 contains a line break, tab or other invisible character: remove it.',
      de: 'Adresszeile 2 enthält einen Zeilenumbruch, Tabulator oder ein anderes unsichtbares Zeichen: Entfernen Sie es.',
    },
    {
      name: 'name badLabel: the position, the label and the name',
      problem: core({
        field: 'dnsNames.1',
        code: 'badLabel',
        values: { value: 'bad_label.example.com', label: 'bad_label' },
      }),
      id: 'names',
      en: 'Domain name 2 has an invalid label "bad_label" (in “bad_label.example.com”): use letters, digits and hyphens only, at most 63 characters per part, and no hyphen at either end.',
      de: 'Domainname 2 hat einen ungültigen Teil „bad_label“ (in „bad_label.example.com“): nur Buchstaben, Ziffern und Bindestriche, höchstens 63 Zeichen pro Teil, kein Bindestrich am Anfang oder Ende.',
    },
    {
      name: 'name internalName: the suffix',
      problem: core({
        field: 'dnsNames.0',
        code: 'internalName',
        values: { value: 'server.local', suffix: '.local' },
      }),
      id: 'names',
      en: 'Domain name 1 “server.local” is an internal name (ending in .local): public certificates are only issued for registered domain names.',
      de: 'Domainname 1 „server.local“ ist ein interner Name (endet auf .local): Öffentliche Zertifikate gibt es nur für eingetragene Domainnamen.',
    },
    {
      name: 'name tooLong is told from subject tooLong by its field',
      problem: core({ field: 'dnsNames.0', code: 'tooLong', values: { value: 'a.example' } }),
      id: 'names',
      en: 'Domain name 1 “a.example” is too long for a domain name.',
      de: 'Domainname 1 „a.example“ ist zu lang für einen Domainnamen.',
    },
    {
      name: 'email notEmail',
      problem: core({ field: 'emailAddresses.0', code: 'notEmail', values: { value: 'ann@' } }),
      id: 'names',
      en: 'Email address “ann@” is not an email address such as name@example.com.',
      de: 'E-Mail-Adresse „ann@“ ist keine E-Mail-Adresse wie name@example.com.',
    },
    {
      name: 'a core issue without a code keeps the core’s text',
      problem: core({ field: 'subject.commonName' }),
      id: 'names',
      en: 'core English text',
      de: 'core English text',
    },
  ])('$name', ({ problem, id, en: english, de: german }) => {
    expect(problemWords(en.generate, problem, id, 'en')).toBe(english);
    expect(problemWords(de.generate, problem, id, 'de')).toBe(german);
  });
});

describe('noteWords', () => {
  it.each<{ name: string; note: Parameters<typeof noteWords>[1]; en: string; de: string }>([
    {
      name: 'punycode',
      note: {
        kind: 'punycode',
        values: { value: 'bücher.example', ascii: 'xn--bcher-kva.example' },
        text: 'x',
      },
      en: 'bücher.example is written xn--bcher-kva.example in the certificate.',
      de: 'bücher.example wird im Zertifikat als xn--bcher-kva.example geschrieben.',
    },
    {
      name: 'urlHost',
      note: {
        kind: 'urlHost',
        values: { value: 'https://shop.example.com/', host: 'shop.example.com' },
        text: 'x',
      },
      en: '“https://shop.example.com/” looks like a web address: only its domain name, shop.example.com, goes in the certificate.',
      de: '„https://shop.example.com/“ sieht aus wie eine Webadresse: Nur der Domainname shop.example.com kommt ins Zertifikat.',
    },
    {
      name: 'ipAddress',
      note: { kind: 'ipAddress', values: { value: '8.8.8.8' }, text: 'x' },
      en: '8.8.8.8 is an IP address: it goes in the certificate as one.',
      de: '8.8.8.8 ist eine IP-Adresse: Sie kommt als IP-Adresse ins Zertifikat.',
    },
  ])('$name', ({ note, en: english, de: german }) => {
    expect(noteWords(en.generate, note)).toBe(english);
    expect(noteWords(de.generate, note)).toBe(german);
  });
});

describe('fieldLabel', () => {
  it.each([
    ['names', 'dnsNames.0', 'Domain name 1'],
    ['names', 'ipAddresses.2', 'IP address 3'],
    ['names', 'subject.commonName', 'Domain name 1'],
    ['names', 'emailAddresses.0', 'Email address'],
    ['subject-countryName', 'subject.countryName', 'Country'],
    ['street-2', 'subject.streetAddress.1', 'Street address 3'],
    ['algorithm', 'algorithm', 'Key algorithm'],
  ])('%s / %s is called %s', (id, field, label) => {
    expect(fieldLabel(en.generate, id, field)).toBe(label);
  });
});
