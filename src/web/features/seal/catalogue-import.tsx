import { Anchor, Button, FileInput, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ProblemAlert, StatusMessage } from '../../components/problem-alert';
import {
  type Edition,
  type ImportBody,
  useImportEdition,
  useMakeCurrent,
  usePreviewEdition,
} from './catalogue-queries';
import { editionCsv } from './catalogue-template';

/**
 * For instance admins: file → check (the server's dry run) → import → make current. A faulty file lists its
 * problems line by line and changes nothing; the import itself is refused the same way should the file have
 * been changed in between.
 */
export function ImportSection({ shown }: { shown: Edition | undefined }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [key, setKey] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState<ImportBody | null>(null);
  const preview = usePreviewEdition();
  const importing = useImportEdition();
  const making = useMakeCurrent();
  const template = useMemo(
    () => (shown ? `data:text/csv;charset=utf-8,${encodeURIComponent(editionCsv(shown))}` : undefined),
    [shown],
  );
  const check = async () => {
    if (!file) return;
    const next: ImportBody = {
      content: await file.text(),
      fileName: file.name,
      key: key.trim() || undefined,
      title: title.trim() || undefined,
    };
    setBody(next);
    importing.reset();
    making.reset();
    preview.mutate(next);
  };
  const result = preview.data;
  const imported = importing.data;
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void check();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            {t('sealCatalogue.import.heading')}
          </Title>
          <Text size="sm" maw={760}>
            {t('sealCatalogue.import.intro')}
          </Text>
          {template && shown && (
            <Anchor href={template} download={`guetesiegel-katalog-${shown.key}.csv`} size="sm">
              {t('sealCatalogue.import.template', { key: shown.key })}
            </Anchor>
          )}
          <FileInput
            label={t('sealCatalogue.import.file')}
            accept=".csv,.json,text/csv,application/json,text/plain"
            value={file}
            onChange={(f) => {
              setFile(f);
              preview.reset();
            }}
            clearable
            clearButtonProps={{ 'aria-label': t('sealCatalogue.import.clearFile') }}
            maw={480}
          />
          <TextInput
            label={t('sealCatalogue.import.key')}
            description={t('sealCatalogue.import.keyHint')}
            value={key}
            onChange={(e) => setKey(e.currentTarget.value)}
            maw={480}
          />
          <TextInput
            label={t('sealCatalogue.import.titleInput')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maw={480}
          />
          <div>
            <Button type="submit" loading={preview.isPending} disabled={!file}>
              {t('sealCatalogue.import.check')}
            </Button>
          </div>
          <ProblemAlert error={preview.error} />
          {result && !result.valid && (
            <div role="alert">
              <Text fw={600}>{t('sealCatalogue.import.problems', { count: result.problems.length })}</Text>
              <List size="sm" spacing={2} data-testid="import-problems">
                {result.problems.map((p) => (
                  <List.Item key={`${p.line}:${p.message}`}>{p.message}</List.Item>
                ))}
              </List>
            </div>
          )}
          {result?.valid && result.edition && body && !imported && (
            <Stack gap="xs">
              <StatusMessage>
                {t('sealCatalogue.import.valid', {
                  areas: result.edition.areas.length,
                  criteria: result.edition.criteria.length,
                })}
              </StatusMessage>
              <div>
                <Button loading={importing.isPending} onClick={() => importing.mutate(body)}>
                  {t('sealCatalogue.import.confirm', { key: result.edition.key })}
                </Button>
              </div>
            </Stack>
          )}
          <RefusedImport error={importing.error} />
          {imported && (
            <Stack gap="xs">
              <StatusMessage>
                {making.data
                  ? t('sealCatalogue.madeCurrent', { key: imported.key })
                  : t('sealCatalogue.import.imported', { key: imported.key })}
              </StatusMessage>
              <Group gap="sm">
                <Link to="/guetesiegel/katalog" search={{ edition: imported.id }}>
                  {t('sealCatalogue.import.show')}
                </Link>
                {!making.data && (
                  <Button
                    variant="light"
                    loading={making.isPending}
                    onClick={() => making.mutate(imported.id)}
                  >
                    {t('sealCatalogue.makeCurrent')}
                  </Button>
                )}
              </Group>
              <ProblemAlert error={making.error} />
            </Stack>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

/** A 400 of the import: its line-numbered problems as a list. */
function RefusedImport({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problems = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  return (
    <ProblemAlert error={error} shownPaths={problems.map((p) => p.path)}>
      {problems.length > 0 && (
        <>
          <p className="text-sm">{t('sealCatalogue.import.refused')}</p>
          <List size="sm" spacing={2}>
            {problems.map((p) => (
              <List.Item key={`${p.path}:${p.message}`}>{p.message}</List.Item>
            ))}
          </List>
        </>
      )}
    </ProblemAlert>
  );
}
