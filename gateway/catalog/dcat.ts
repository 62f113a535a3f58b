import { type Bilingual, type CatalogDataset, MAX_CSV_PAGE } from './datasets.js';

/** The Comune di Milano's code in the IPA (Indice delle Pubbliche Amministrazioni): the prefix of every identifier. */
export const IPA_CODE = 'c_f205';

/** The namespaces of DCAT-AP_IT (dati.gov.it) and of the vocabularies it builds on, as the JSON-LD context. */
export const DCAT_AP_IT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatapit: 'http://dati.gov.it/onto/dcatapit#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const EU = 'http://publications.europa.eu/resource/authority';
/** The EU vocabularies' URIs of a code: data themes, frequencies, file types, languages. */
export const euUri = (vocabulary: 'data-theme' | 'frequency' | 'file-type' | 'language', code: string) => ({
  '@id': `${EU}/${vocabulary}/${code}`,
});

type JsonLd = Record<string, unknown>;

const texts = (text: Bilingual) => [
  { '@language': 'it', '@value': text.it },
  { '@language': 'en', '@value': text.en },
];
const day = (date: string) => ({ '@type': 'xsd:date', '@value': date });

/** The Comune as publisher and rights holder: a DCAT-AP_IT agent names itself and gives its IPA code. */
const COMUNE: JsonLd = {
  '@id': 'https://www.comune.milano.it',
  '@type': ['dcatapit:Agent', 'foaf:Agent'],
  'dct:identifier': IPA_CODE,
  'foaf:name': texts({ it: 'Comune di Milano', en: 'Municipality of Milan' }),
};

/** Where to write about the data: the Comune's open-data office. */
const CONTACT: JsonLd = {
  '@id': 'https://www.comune.milano.it#open-data',
  '@type': ['dcatapit:Organization', 'vcard:Organization', 'vcard:Kind'],
  'vcard:fn': 'Comune di Milano - Open Data',
  'vcard:hasEmail': { '@id': 'mailto:opendata@comune.milano.it' },
};

/** Creative Commons Attribution 4.0, as the Italian licences vocabulary names it, with its ADMS licence type. */
const LICENCE: JsonLd = {
  '@id': 'https://w3id.org/italia/controlled-vocabulary/licences/A21_CCBY40',
  '@type': ['dcatapit:LicenseDocument', 'dct:LicenseDocument'],
  'dct:type': { '@id': 'http://purl.org/adms/licencetype/Attribution' },
  'foaf:name': 'Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)',
};

/** Milan (GeoNames), the area every data set covers. */
const MILAN = { '@id': 'https://sws.geonames.org/3173435/' };

/** The records of a dataset read as CSV pages: how a distribution says so, in both languages. */
const PAGING: Bilingual = {
  it: `CSV (UTF-8, RFC 4180) con una riga di intestazione e un record per riga; la colonna demo vale true per i record del set di dati dimostrativo. Pagine di al più ${MAX_CSV_PAGE} record (?page=2…; intestazioni Link e X-Total-Count).`,
  en: `CSV (UTF-8, RFC 4180) with a header row and one record a row; the demo column is true for the records of the demo data set. Pages of at most ${MAX_CSV_PAGE} records (?page=2…; Link and X-Total-Count headers).`,
};

/** A dataset as DCAT-AP_IT describes it, with its CSV distribution under `base` (the catalogue's URL). */
export function datasetJsonLd(dataset: CatalogDataset, modified: string, base: string): JsonLd {
  const csv = `${base}/${dataset.id}.csv`;
  return {
    '@id': `${base}/${dataset.id}`,
    '@type': ['dcatapit:Dataset', 'dcat:Dataset'],
    'dct:identifier': `${IPA_CODE}:${dataset.id}`,
    'dct:title': texts(dataset.title),
    'dct:description': texts(dataset.description),
    'dct:modified': day(modified),
    'dcat:theme': dataset.themes.map((code) => euUri('data-theme', code)),
    'dct:rightsHolder': COMUNE,
    'dct:publisher': COMUNE,
    'dct:accrualPeriodicity': euUri('frequency', dataset.accrualPeriodicity),
    'dcat:contactPoint': CONTACT,
    'dcat:keyword': dataset.keywords,
    'dct:language': euUri('language', 'ITA'),
    'dct:spatial': MILAN,
    'dcat:distribution': [
      {
        '@id': csv,
        '@type': ['dcatapit:Distribution', 'dcat:Distribution'],
        'dct:title': texts({ it: `${dataset.title.it} (CSV)`, en: `${dataset.title.en} (CSV)` }),
        'dct:description': texts(PAGING),
        'dct:format': euUri('file-type', 'CSV'),
        'dcat:mediaType': 'text/csv',
        'dcat:accessURL': { '@id': csv },
        'dcat:downloadURL': { '@id': csv },
        'dct:license': LICENCE,
        'dct:modified': day(modified),
      },
    ],
  };
}

/** The catalogue of the hub's open data: every dataset, modified when the newest of them was. */
export function catalogJsonLd(datasets: JsonLd[], modified: string, base: string): JsonLd {
  return {
    '@context': DCAT_AP_IT_CONTEXT,
    '@id': base,
    '@type': ['dcatapit:Catalog', 'dcat:Catalog'],
    'dct:title': texts({ it: 'Dati aperti del Milano Municipal Graph', en: 'Open data of the Milano Municipal Graph' }),
    'dct:description': texts({
      it: 'I dati pubblici dei programmi del Comune di Milano (SPAZIO COMUNE, Servizio Civile Universale, Leva Civica) che il Milano Municipal Graph pubblica, letti dal grafo al momento della richiesta.',
      en: "The public data of the Comune di Milano's programmes (SPAZIO COMUNE, Servizio Civile Universale, Leva Civica) that the Milano Municipal Graph publishes, read from the graph when asked.",
    }),
    'dct:publisher': COMUNE,
    'dct:modified': day(modified),
    'dct:language': euUri('language', 'ITA'),
    'foaf:homepage': { '@id': base },
    'dcat:dataset': datasets,
  };
}
