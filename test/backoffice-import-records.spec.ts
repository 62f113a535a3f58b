import { describe, expect, it } from 'vitest';
import { useBackOffice } from './support/back-office.js';

// The back office shows a dry run's report and then the import's: in Apollo Client's default cache
// the lines of the two reports of one point are two entries (each line's id is its report's), so
// the dry run's line still says what the dry run said once the import has answered.

const { ApolloClient, HttpLink, InMemoryCache, gql } = await import('@apollo/client');

const office = useBackOffice('import_records');

const IMPORT = gql`
  mutation ImportTwice($input: ImportPointsInput!) {
    importPoints(input: $input) {
      report {
        dryRun
        records {
          id
          pointId
          action
          changes {
            field
            from
            to
          }
        }
      }
      userErrors {
        message
      }
    }
  }
`;

describe('two import reports of one point in a client’s cache', () => {
  it('keeps each report’s line apart', async () => {
    const [target] = await office.pointsOf(2);
    const id = target?.id as string;
    const kind = (await office.hub.query('query ($id: ID!) { point(id: $id) { kind } }', { id })).body.data?.point.kind;
    const apollo = new ApolloClient({
      cache: new InMemoryCache(),
      link: new HttpLink({ uri: office.hub.gateway.url, headers: office.admin }),
    });
    const file = (name: string) => ({ format: 'CSV', document: `id,kind,name\n${id},${kind},"${name}"\n` });
    const checked = await apollo.mutate({ mutation: IMPORT, variables: { input: { ...file('Nome della prova'), dryRun: true } } });
    const imported = await apollo.mutate({ mutation: IMPORT, variables: { input: file('Nome importato') } });
    const [dryLine] = (checked.data as any).importPoints.report.records;
    const [line] = (imported.data as any).importPoints.report.records;
    expect([dryLine.pointId, line.pointId]).toEqual([id, id]);
    expect(dryLine.id).not.toBe(line.id);

    const lines = Object.values(apollo.cache.extract() as Record<string, { __typename?: string; pointId?: string }>).filter(
      (entry) => entry.__typename === 'PointImportRecord',
    );
    expect(lines.map((entry) => entry.pointId)).toEqual([id, id]);
    const changedName = (lineId: string) =>
      (
        apollo.cache.readFragment({
          id: apollo.cache.identify({ __typename: 'PointImportRecord', id: lineId }),
          fragment: gql`
            fragment Line on PointImportRecord {
              changes {
                field
                to
              }
            }
          `,
        }) as { changes: { field: string; to: unknown }[] }
      ).changes.find((c) => c.field === 'name')?.to;
    expect(changedName(dryLine.id)).toBe('Nome della prova');
    expect(changedName(line.id)).toBe('Nome importato');
  });
});
