import { Button, FileInput, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { formatDate } from '../../i18n';
import { ImportProblems } from './districts-problems';
import { useBoundaries, useImportBoundaries } from './districts-queries';

/** Which districts have a boundary (and from where), and the GeoJSON import. */
export function BoundariesSection({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const boundaries = useBoundaries(municipalityId);
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack>
        <Title order={2} size="h3" id={headingId}>
          {t('planningDistricts.boundaries.heading')}
        </Title>
        <Text size="sm" maw={760}>
          {t('planningDistricts.boundaries.intro')}
        </Text>
        <QueryView query={boundaries}>
          {(data) => {
            const rows = [
              ...data.features.map((f) => ({
                id: f.properties.districtId,
                name: f.properties.name,
                state: t('planningDistricts.boundaries.importedAt', {
                  date: formatDate(f.properties.importedAt),
                }),
                source: f.properties.source,
              })),
              ...data.districtsWithout.map((d) => ({
                id: d.id,
                name: d.name,
                state: t('planningDistricts.boundaries.missing'),
                source: '',
              })),
            ].sort((a, b) => a.name.localeCompare(b.name, 'de'));
            return (
              <Table striped fz="sm" horizontalSpacing="xs" aria-labelledby={headingId}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('planningDistricts.boundaries.district')}</Table.Th>
                    <Table.Th scope="col">{t('planningDistricts.boundaries.state')}</Table.Th>
                    <Table.Th scope="col" visibleFrom="sm">
                      {t('planningDistricts.boundaries.source')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.id}>
                      <Table.Th scope="row" fw="normal">
                        {row.name}
                      </Table.Th>
                      <Table.Td>{row.state}</Table.Td>
                      <Table.Td visibleFrom="sm" style={{ overflowWrap: 'anywhere' }}>
                        {row.source}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            );
          }}
        </QueryView>
        <BoundariesImport municipalityId={municipalityId} />
      </Stack>
    </Paper>
  );
}

function BoundariesImport({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [nameProperty, setNameProperty] = useState('name');
  const [source, setSource] = useState('');
  const [notJson, setNotJson] = useState(false);
  const importing = useImportBoundaries(municipalityId);
  const submit = async () => {
    if (!file) return;
    let geojson: unknown;
    try {
      geojson = JSON.parse(await file.text());
    } catch {
      setNotJson(true);
      return;
    }
    setNotJson(false);
    importing.mutate({ geojson, nameProperty, source: source || file.name });
  };
  const result = importing.data;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <Group align="end" wrap="wrap">
          <FileInput
            label={t('planningDistricts.boundaries.file')}
            accept=".geojson,.json,application/geo+json,application/json"
            value={file}
            onChange={setFile}
            error={notJson ? t('planningDistricts.boundaries.notJson') : undefined}
            required
            clearable
            clearButtonProps={{ 'aria-label': t('planningDistricts.boundaries.clearFile') }}
            w={{ base: '100%', sm: 280 }}
          />
          <TextInput
            label={t('planningDistricts.boundaries.nameProperty')}
            value={nameProperty}
            onChange={(e) => setNameProperty(e.currentTarget.value)}
            required
            w={{ base: '100%', sm: 200 }}
          />
          <TextInput
            label={t('planningDistricts.boundaries.sourceInput')}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            w={{ base: '100%', sm: 240 }}
          />
          <Button type="submit" loading={importing.isPending} disabled={!file}>
            {t('planningDistricts.boundaries.import')}
          </Button>
        </Group>
        <ImportProblems error={importing.error} />
        {result && (
          <StatusMessage>
            {t('planningDistricts.boundaries.imported', {
              count: result.imported.length,
              positions: result.imported.reduce((sum, i) => sum + i.positions, 0),
              webPositions: result.imported.reduce((sum, i) => sum + i.webPositions, 0),
            })}
          </StatusMessage>
        )}
      </Stack>
    </form>
  );
}
