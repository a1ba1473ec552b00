import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { useSaveCooperation } from './queries';
import type { Cooperation } from './types';

/** The partner's own notes: only its members see and write them (the centre never does). */
export function PartnerNotes({ cooperation, onReload }: { cooperation: Cooperation; onReload: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const save = useSaveCooperation(cooperation.id);
  const [notes, setNotes] = useState(cooperation.partnerNotes ?? '');
  const [saved, setSaved] = useState(false);
  useEffect(() => setNotes(cooperation.partnerNotes ?? ''), [cooperation.partnerNotes]);
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const errors = fieldErrorsOf(save.error, ['partnerNotes']);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          save.mutate(
            { version: cooperation.version, partnerNotes: notes.trim() === '' ? null : notes },
            { onSuccess: () => setSaved(true) },
          );
        }}
      >
        <Stack gap="sm" maw={720}>
          <Title order={2} size="h3" id={headingId}>
            {t('cooperations.detail.partnerNotes')}
          </Title>
          {conflict ? (
            <ProblemAlert error={save.error}>
              <Text size="sm">{t('cooperations.detail.conflict')}</Text>
              <div>
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => {
                    save.reset();
                    onReload();
                  }}
                >
                  {t('cooperations.detail.reload')}
                </Button>
              </div>
            </ProblemAlert>
          ) : (
            <ProblemAlert error={save.error} shownPaths={Object.keys(errors)} />
          )}
          {saved && <StatusMessage>{t('cooperations.detail.saved')}</StatusMessage>}
          <Textarea
            label={t('cooperations.detail.partnerNotes')}
            description={t('cooperations.detail.partnerNotesHint')}
            autosize
            minRows={3}
            value={notes}
            error={errors.partnerNotes}
            readOnly={!cooperation.permissions.writePartnerNotes}
            onChange={(event) => setNotes(event.currentTarget.value)}
          />
          {cooperation.permissions.writePartnerNotes && (
            <div>
              <Button type="submit" loading={save.isPending}>
                {t('cooperations.detail.saveNotes')}
              </Button>
            </div>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

/** The centre's internal notes, read here (they are kept with the relationship in the directory). */
export function CentreNotes({ notes }: { notes: string | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={headingId}>
          {t('cooperations.detail.centreNotes')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('cooperations.detail.centreNotesHint')}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{notes || '–'}</Text>
      </Stack>
    </Paper>
  );
}
