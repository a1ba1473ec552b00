import { Button, Group, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { AnchorLink } from '../../components/link';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { formatDate } from '../../i18n';
import { type Centre, useRelationship, useSaveRelationship } from './queries';
import {
  type Relationship,
  type RelationshipStatus,
  type RelationshipWrite,
  relationshipStatuses,
} from './types';

interface FormValues {
  status: RelationshipStatus;
  internalNotes: string;
  nextStep: string;
  nextStepDue: string;
}

const valuesOf = (relationship: Relationship): FormValues => ({
  status: relationship.status,
  internalNotes: relationship.internalNotes ?? '',
  nextStep: relationship.nextStep ?? '',
  nextStepDue: relationship.nextStepDue ?? '',
});

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const hasNotes = (relationship: Relationship) =>
  'internalNotes' in relationship && relationship.internalNotes !== undefined;

const fields = ['status', 'internalNotes', 'nextStep', 'nextStepDue'] as const;

/** The pipeline as a row of steps; the current one is marked for assistive technology too. */
function Pipeline({ status, labelId }: { status: RelationshipStatus; labelId: string }) {
  const { t } = useTranslation();
  const current = relationshipStatuses.indexOf(status);
  return (
    <ol className="pipeline" aria-labelledby={labelId}>
      {relationshipStatuses.map((step, index) => (
        <li
          key={step}
          aria-current={index === current ? 'step' : undefined}
          data-passed={index < current ? true : undefined}
        >
          {t(`directory.status.${step}`)}
          {index === current && (
            <span className="visually-hidden"> ({t('directory.relationship.current')})</span>
          )}
        </li>
      ))}
    </ol>
  );
}

function RelationshipForm({
  centre,
  partnerId,
  relationship,
  onReload,
  onSaved,
}: {
  centre: Centre;
  partnerId: string;
  relationship: Relationship;
  onReload: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveRelationship(centre.id, partnerId);
  const [values, setValues] = useState<FormValues>(() => valuesOf(relationship));
  const [savedStatus, setSavedStatus] = useState<RelationshipStatus | null>(null);
  const pipelineId = useId();
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const fieldErrors = fieldErrorsOf(save.error, fields);

  // A fresh read (after saving or reloading) replaces what the form shows.
  useEffect(() => {
    setValues(valuesOf(relationship));
  }, [relationship]);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Text fw={600} id={pipelineId}>
          {t('directory.relationship.pipeline')}
        </Text>
        <Pipeline status={relationship.status} labelId={pipelineId} />
        <Text size="sm" c="dimmed">
          {t('directory.relationship.since', { date: formatDate(relationship.statusChangedAt) })}
        </Text>
        <AnchorLink to="/kooperationen/$cooperationId" params={{ cooperationId: relationship.id }} size="sm">
          {t('directory.relationship.toCooperation')}
        </AnchorLink>
      </Stack>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSavedStatus(null);
          const body: RelationshipWrite = {
            status: values.status,
            version: relationship.version,
            nextStep: orNull(values.nextStep),
            nextStepDue: orNull(values.nextStepDue),
            ...(hasNotes(relationship) ? { internalNotes: orNull(values.internalNotes) } : {}),
          };
          save.mutate(body, {
            onSuccess: (saved) => {
              setSavedStatus(saved.status);
              onSaved();
            },
          });
        }}
      >
        <Stack gap="md" maw={720}>
          {conflict ? (
            <ProblemAlert error={save.error}>
              <Text size="sm">{t('directory.relationship.conflict')}</Text>
              <div>
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => {
                    save.reset();
                    onReload();
                  }}
                >
                  {t('directory.relationship.reload')}
                </Button>
              </div>
            </ProblemAlert>
          ) : (
            <ProblemAlert error={save.error} shownPaths={Object.keys(fieldErrors)} />
          )}
          {savedStatus && (
            <StatusMessage>
              {t('directory.relationship.saved', { status: t(`directory.status.${savedStatus}`) })}
            </StatusMessage>
          )}
          <Radio.Group
            label={t('directory.relationship.status')}
            value={values.status}
            error={fieldErrors.status}
            onChange={(value) => {
              const status = relationshipStatuses.find((candidate) => candidate === value);
              if (status) set('status', status);
            }}
          >
            <Group gap="md" mt={6}>
              {relationshipStatuses.map((status) => (
                <Radio key={status} value={status} label={t(`directory.status.${status}`)} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput
            label={t('directory.relationship.nextStep')}
            value={values.nextStep}
            error={fieldErrors.nextStep}
            onChange={(event) => set('nextStep', event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('directory.relationship.nextStepDue')}
            value={values.nextStepDue}
            error={fieldErrors.nextStepDue}
            onChange={(event) => set('nextStepDue', event.currentTarget.value)}
            maw={240}
          />
          {hasNotes(relationship) && (
            <Textarea
              label={t('directory.relationship.internalNotes')}
              description={t('directory.relationship.internalHint', { centre: centre.name })}
              autosize
              minRows={2}
              value={values.internalNotes}
              error={fieldErrors.internalNotes}
              onChange={(event) => set('internalNotes', event.currentTarget.value)}
            />
          )}
          <div>
            <Button type="submit" loading={save.isPending}>
              {t('directory.relationship.save')}
            </Button>
          </div>
        </Stack>
      </form>
      {relationship.history.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('directory.relationship.history')}
          </Title>
          <ol className="plain-list">
            {relationship.history.map((entry) => {
              const status = t(`directory.status.${entry.status}`);
              const date = formatDate(entry.changedAt);
              return (
                <li key={`${entry.changedAt}-${entry.status}`}>
                  <Text size="sm">
                    {entry.changedByName
                      ? t('directory.relationship.historyBy', { status, date, name: entry.changedByName })
                      : t('directory.relationship.historyEntry', { status, date })}
                  </Text>
                </li>
              );
            })}
          </ol>
        </Stack>
      )}
    </Stack>
  );
}

/** The user's centre's cooperation with this partner: add it to the network, then move it along the pipeline. */
export function RelationshipSection({
  centre,
  partner,
}: {
  centre: Centre;
  partner: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const relationship = useRelationship(centre.id, partner.id);
  const add = useSaveRelationship(centre.id, partner.id);
  const [added, setAdded] = useState<RelationshipStatus | null>(null);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId} ref={heading} tabIndex={-1} className="page-heading">
          {t('directory.relationship.heading', { centre: centre.name })}
        </Title>
        {added && (
          <StatusMessage>
            {t('directory.relationship.added', {
              partner: partner.name,
              status: t(`directory.status.${added}`),
            })}
          </StatusMessage>
        )}
        <QueryView query={relationship}>
          {(data) =>
            data === null ? (
              <Stack gap="sm" align="flex-start">
                <Text>
                  {t('directory.relationship.none', { partner: partner.name, centre: centre.name })}
                </Text>
                <ProblemAlert error={add.error} />
                <Button
                  loading={add.isPending}
                  onClick={() =>
                    add.mutate(
                      { status: 'potential' },
                      {
                        onSuccess: (created) => {
                          setAdded(created.status);
                          // The button is gone: the heading of the section keeps the keyboard's place.
                          heading.current?.focus();
                        },
                      },
                    )
                  }
                >
                  {t('directory.relationship.add')}
                </Button>
              </Stack>
            ) : (
              <RelationshipForm
                centre={centre}
                partnerId={partner.id}
                relationship={data}
                onReload={() => void relationship.refetch()}
                onSaved={() => setAdded(null)}
              />
            )
          }
        </QueryView>
      </Stack>
    </Paper>
  );
}
