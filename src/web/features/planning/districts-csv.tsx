import { Anchor, Button, FileInput, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../components/problem-alert';
import { ImportProblems } from './districts-problems';
import { useImportNeedFigures } from './districts-queries';

const templateHeader =
  'Sozialraum;Jahr;Kinder unter 3;Kinder 3 bis 6;SGB-II-Anteil %;Alleinerziehende;Migrationsanteil %';

/** A CSV the planner fills in: every district of the municipality for the chosen year, figures empty. */
function templateUrl(districtNames: string[], year: number): string {
  const lines = [templateHeader, ...districtNames.map((name) => `${name};${year};;;;;`)];
  // A byte-order mark, so that spreadsheet programs read the umlauts as UTF-8.
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${lines.join('\r\n')}\r\n`)}`;
}

/** Need figures from a CSV file or pasted text; a refused file lists its problems line by line. */
export function CsvImportSection(props: { municipalityId: string; year: number; districtNames: string[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const importing = useImportNeedFigures(props.municipalityId);
  const template = useMemo(
    () => templateUrl(props.districtNames, props.year),
    [props.districtNames, props.year],
  );
  const submit = async () => {
    const csv = file ? await file.text() : text;
    if (csv.trim() === '') return;
    importing.mutate({ csv, year: props.year, source: source || file?.name || '' });
  };
  const result = importing.data;
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            {t('planningDistricts.csv.heading')}
          </Title>
          <Text size="sm" maw={760}>
            {t('planningDistricts.csv.intro')}
          </Text>
          <Anchor href={template} download={`bedarfszahlen-${props.year}.csv`} size="sm">
            {t('planningDistricts.csv.template')}
          </Anchor>
          <FileInput
            label={t('planningDistricts.csv.file')}
            accept=".csv,text/csv,text/plain"
            value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': t('planningDistricts.boundaries.clearFile') }}
            maw={480}
          />
          <Textarea
            label={t('planningDistricts.csv.text')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            disabled={file !== null}
            autosize
            minRows={3}
            maxRows={12}
            styles={{ input: { fontFamily: 'monospace' } }}
          />
          <TextInput
            label={t('planningDistricts.boundaries.sourceInput')}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            maw={480}
          />
          <div>
            <Button type="submit" loading={importing.isPending} disabled={!file && text.trim() === ''}>
              {t('planningDistricts.csv.import')}
            </Button>
          </div>
          <ImportProblems error={importing.error} />
          {result && (
            <StatusMessage>
              {t('planningDistricts.csv.imported', {
                count: result.imported,
                years: result.years.join(', '),
              })}
            </StatusMessage>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
