import { Button, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { formatDate } from '../../i18n';
import { CoordinationSection } from './coordination-section';
import type { PlannableMunicipality } from './frame-queries';
import { useDistrictMessages, useSendDistrictMessage } from './tasks-queries';

const fields = ['districtId', 'subject', 'body'] as const;

interface Values {
  districtId: string | null;
  subject: string;
  body: string;
}

const empty: Values = { districtId: null, subject: '', body: '' };

interface SectionProps {
  municipality: PlannableMunicipality;
  /** A district named by the link that led here (a gap's "write to the district"): chosen already. */
  districtId?: string | undefined;
}

function NewMessage({ municipality, districtId }: SectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const send = useSendDistrictMessage(municipality.id);
  const named = municipality.districts.some((d) => d.id === districtId) ? (districtId ?? null) : null;
  const [values, setValues] = useState<Values>({ ...empty, districtId: named });
  const [missing, setMissing] = useState<string[]>([]);
  const [sentTo, setSentTo] = useState<number | null>(null);
  const errors = fieldErrorsOf(send.error, fields);
  const errorOf = (field: (typeof fields)[number]) =>
    missing.includes(field) ? t('planningTasks.required') : errors[field];
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSentTo(null);
          const subject = values.subject.trim();
          const body = values.body.trim();
          const { districtId } = values;
          setMissing([
            ...(districtId ? [] : ['districtId']),
            ...(subject ? [] : ['subject']),
            ...(body ? [] : ['body']),
          ]);
          if (!districtId || !subject || !body) return;
          send.mutate(
            { municipalityId: municipality.id, districtId, subject, body },
            {
              onSuccess: (message) => {
                setValues(empty);
                setSentTo(message.recipientCount);
              },
            },
          );
        }}
      >
        <Stack gap="sm" maw={560}>
          <Title order={3} size="h4" id={headingId}>
            {t('planningTasks.messages.send')}
          </Title>
          <Text size="sm">{t('planningTasks.messages.hint')}</Text>
          <ProblemAlert error={send.error} shownPaths={Object.keys(errors)} />
          {sentTo !== null && (
            <StatusMessage>{t('planningTasks.messages.sent', { count: sentTo })}</StatusMessage>
          )}
          <Select
            label={t('planningTasks.messages.district')}
            required
            data={municipality.districts.map((d) => ({ value: d.id, label: d.name }))}
            value={values.districtId}
            onChange={(districtId) => set({ districtId })}
            error={errorOf('districtId')}
          />
          <TextInput
            label={t('planningTasks.messages.subject')}
            required
            value={values.subject}
            onChange={(e) => set({ subject: e.currentTarget.value })}
            error={errorOf('subject')}
          />
          <Textarea
            label={t('planningTasks.messages.body')}
            required
            autosize
            minRows={4}
            value={values.body}
            onChange={(e) => set({ body: e.currentTarget.value })}
            error={errorOf('body')}
          />
          <div>
            <Button type="submit" loading={send.isPending}>
              {t('planningTasks.messages.send')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

/** Messages sent to the centres of a district, newest first, each with the number of centres reached. */
export function DistrictMessagesSection({ municipality, districtId }: SectionProps) {
  const { t } = useTranslation();
  return (
    <CoordinationSection
      heading={t('planningTasks.messages.heading')}
      empty={t('planningTasks.messages.empty')}
      query={useDistrictMessages(municipality.id)}
      item={(m) => (
        <li key={m.id}>
          <Paper withBorder p="sm">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {m.subject}
            </Text>
            <Text size="sm">
              {m.district.name} · {t('planningTasks.messages.sentAt')} {formatDate(m.sentAt)} ·{' '}
              {t('planningTasks.messages.recipients')}: {m.recipientCount}
            </Text>
          </Paper>
        </li>
      )}
    >
      <NewMessage municipality={municipality} districtId={districtId} />
    </CoordinationSection>
  );
}
