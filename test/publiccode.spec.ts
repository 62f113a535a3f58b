import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { IPA_CODE } from '../gateway/catalog/dcat.js';

const root = new URL('..', import.meta.url).pathname;

// publiccode.yml at the root, checked against the publiccode.yml standard v0.4 (core and the Italian
// section): every mandatory key, and values of the kind and vocabulary it allows.

const CATEGORIES = new Set(
  `accounting agile-project-management applicant-tracking application-development appointment-scheduling backup
  billing-and-invoicing blog budgeting business-intelligence business-process-management cad call-center-management
  cloud-management collaboration communications compliance-management contact-management content-management crm
  customer-service-and-support data-analytics data-collection data-visualization design design-system
  digital-asset-management digital-citizenship document-management donor-management e-commerce e-signature
  educational-content email-management email-marketing employee-management enterprise-project-management
  enterprise-social-networking erp event-management facility-management feedback-and-reviews-management
  financial-reporting fleet-management fundraising gamification geographic-information-systems grant-management
  graphic-design help-desk hr ide identity-management instant-messaging inventory-management it-asset-management
  it-development it-management it-security it-service-management knowledge-management learning-management-system
  marketing mind-mapping mobile-marketing mobile-payment network-management office online-booking online-community
  payment-gateway payroll predictive-analysis procurement productivity-suite project-collaboration project-management
  property-management real-estate-management remote-support resource-management sales-management seo service-desk
  social-media-management survey talent-management task-management taxes-management test-management time-management
  time-tracking translation video-conferencing video-editing visitor-management voip warehouse-management
  web-collaboration web-conferencing website-builder whistleblowing workflow-management`.split(/\s+/),
);
const SCOPES = new Set(
  `agriculture culture defence education emergency-services employment energy environment
  finance-and-economic-development foreign-affairs healthcare infrastructures justice local-authorities manufacturing
  research science-and-technology security society sport tourism transportation welfare`.split(/\s+/),
);
const PLATFORMS = ['web', 'windows', 'mac', 'linux', 'ios', 'android'];
const STATUSES = ['concept', 'development', 'beta', 'stable', 'obsolete'];
const SOFTWARE_TYPES = [
  'standalone/mobile',
  'standalone/iot',
  'standalone/desktop',
  'standalone/web',
  'standalone/backend',
  'standalone/other',
  'addon',
  'library',
  'configurationFiles',
];
const MAINTENANCE = ['internal', 'contract', 'community', 'none'];
/** A few licences of the SPDX list that are open source, as publiccode.yml asks. */
const OPEN_LICENCES = ['EUPL-1.2', 'AGPL-3.0-or-later', 'AGPL-3.0-only', 'GPL-3.0-or-later', 'MIT', 'Apache-2.0', 'BSD-3-Clause'];
/** A BCP 47 tag with its primary language subtag. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const isHttpUrl = (value: unknown) => typeof value === 'string' && /^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/.test(value) && !!new URL(value);
const isDate = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

describe('publiccode.yml', async () => {
  const text = await readFile(`${root}/publiccode.yml`, 'utf8');
  const card = parse(text);
  const pkg = JSON.parse(await readFile(`${root}/package.json`, 'utf8'));

  it('parses and holds every mandatory key of the core, of the kind the standard says', () => {
    expect(card.publiccodeYmlVersion).toBe('0.4');
    expect(card.name).toBe('Milano Municipal Graph');
    expect(isHttpUrl(card.url)).toBe(true);
    expect(isHttpUrl(card.landingURL)).toBe(true);
    expect(card.softwareVersion).toBe(pkg.version);
    expect(isDate(card.releaseDate)).toBe(true);
    expect(card.platforms.length).toBeGreaterThan(0);
    for (const p of card.platforms) expect(PLATFORMS).toContain(p);
    expect(card.categories.length).toBeGreaterThan(0);
    for (const c of card.categories) expect(CATEGORIES.has(c), c).toBe(true);
    for (const s of card.intendedAudience?.scope ?? []) expect(SCOPES.has(s), s).toBe(true);
    expect(STATUSES).toContain(card.developmentStatus);
    expect(SOFTWARE_TYPES).toContain(card.softwareType);
  });

  it('describes the software in Italian and English within the standard’s lengths', () => {
    expect(Object.keys(card.description).sort()).toEqual(['en', 'it']);
    for (const [language, d] of Object.entries<any>(card.description)) {
      expect(d.genericName.length, language).toBeLessThanOrEqual(35);
      expect(d.shortDescription.length, language).toBeLessThanOrEqual(150);
      expect(d.shortDescription, language).not.toMatch(/\n/);
      expect(d.longDescription.length, language).toBeGreaterThanOrEqual(500);
      expect(d.longDescription.length, language).toBeLessThanOrEqual(10_000);
      expect(d.features.length, language).toBeGreaterThan(0);
      for (const f of d.features) expect(f.length, f).toBeLessThanOrEqual(100);
      expect(isHttpUrl(d.documentation), language).toBe(true);
    }
  });

  it('says the licence, owners, maintenance and languages', () => {
    expect(OPEN_LICENCES).toContain(card.legal.license);
    expect(card.legal.mainCopyrightOwner).toBeTruthy();
    expect(card.legal.repoOwner).toBeTruthy();
    expect(MAINTENANCE).toContain(card.maintenance.type);
    if (['internal', 'community'].includes(card.maintenance.type)) {
      expect(card.maintenance.contacts.length).toBeGreaterThan(0);
      for (const c of card.maintenance.contacts) expect(c.name).toBeTruthy();
    }
    if (card.maintenance.type === 'contract') for (const c of card.maintenance.contractors) expect(isDate(c.until)).toBe(true);
    expect(typeof card.localisation.localisationReady).toBe('boolean');
    expect(card.localisation.availableLanguages).toEqual(['it', 'en']);
    for (const l of card.localisation.availableLanguages) expect(l).toMatch(LANGUAGE_TAG);
    for (const d of card.dependsOn?.open ?? []) expect(d.name).toBeTruthy();
  });

  it('has the Italian section: version 1.0, the Comune’s IPA code, conformity and platforms as booleans', () => {
    expect(card.it.countryExtensionVersion).toBe('1.0');
    expect(card.it.riuso.codiceIPA).toBe(IPA_CODE);
    expect(Object.keys(card.it.conforme).sort()).toEqual(['gdpr', 'lineeGuidaDesign', 'misureMinimeSicurezza', 'modelloInteroperabilita']);
    expect(Object.keys(card.it.piattaforme).sort()).toEqual(['anpr', 'cie', 'io', 'pagopa', 'spid']);
    for (const value of [...Object.values(card.it.conforme), ...Object.values(card.it.piattaforme)]) expect(typeof value).toBe('boolean');
  });
});
