import { Button, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CapacityDialog, type CapacityWarning, checkCapacity } from '../../components/capacity-check';
import { ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { formatDateTime } from './format';
import { useAddComment, useComments, useConsent, useConsents } from './queries';
import { type Offering, responsibilityKeys } from './types';

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p={{ base: 'sm', sm: 'lg' }} aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * Who carries which responsibility. Responsibilities are rows and organisations columns: there are rarely more
 * than three co-organisers, so the table fits a phone without scrolling sideways.
 */
export function ResponsibilityMatrix({ offering }: { offering: Offering }) {
  const { t } = useTranslation();
  const { organizers } = offering;
  const hasOther = organizers.some((o) => o.otherResponsibilities);
  return (
    <Section id="matrix-heading" title={t('offerings.work.matrix')}>
      <Table className="matrix-table" withTableBorder withColumnBorders striped>
        <Table.Caption>{t('offerings.work.matrixCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('offerings.work.task')}</Table.Th>
            {organizers.map((organizer) => (
              <Table.Th key={organizer.organizationId} scope="col">
                {organizer.organizationName}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {responsibilityKeys.map((key) => (
            <Table.Tr key={key}>
              <Table.Th scope="row">{t(`offerings.responsibility.${key}`)}</Table.Th>
              {organizers.map((organizer) => (
                <Table.Td key={organizer.organizationId}>
                  {organizer.responsibilities.includes(key) ? (
                    <span role="img" aria-label={t('offerings.work.carries')}>
                      ✓
                    </span>
                  ) : (
                    ''
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          {hasOther && (
            <Table.Tr>
              <Table.Th scope="row">{t('offerings.work.other')}</Table.Th>
              {organizers.map((organizer) => (
                <Table.Td key={organizer.organizationId}>{organizer.otherResponsibilities ?? ''}</Table.Td>
              ))}
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

type ConsentBody = { organizationId: string; round: number };

/** Consent per co-organiser in the current round, and the button for the user's organisations still missing. */
export function ConsentsSection({ offering }: { offering: Offering }) {
  const { t } = useTranslation();
  const consents = useConsents(offering.id);
  const consent = useConsent(offering.id);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState<{ body: ConsentBody; warnings: CapacityWarning[] } | null>(null);
  // The server says for which organisations this user may consent now (permissions.consentFor).
  const mine = new Set(offering.permissions.consentFor);
  const give = (body: ConsentBody) => {
    setPending(null);
    consent.mutate(body, { onSuccess: () => setDone(true) });
  };
  // Consenting commits the organisation's staff hours: over its hours, the person confirms first.
  const start = async (body: ConsentBody) => {
    const warnings = await checkCapacity({
      kind: 'offering',
      offeringId: offering.id,
      organizationId: body.organizationId,
    });
    if (warnings.length > 0) setPending({ body, warnings });
    else give(body);
  };
  return (
    <Section id="consents-heading" title={t('offerings.work.consents')}>
      <QueryView query={consents}>
        {(data) => (
          <>
            <Text size="sm" c="dimmed">
              {t('offerings.work.consentRound', { round: data.round })}
            </Text>
            <ul className="plain-list">
              {data.items.map((item) => (
                <li key={item.organizationId}>
                  <Text>
                    <strong>{item.organizationName}</strong>
                    {': '}
                    {item.consentedAt
                      ? item.consentedByName
                        ? t('offerings.work.consentGiven', {
                            date: formatDateTime(item.consentedAt),
                            name: item.consentedByName,
                          })
                        : t('offerings.work.consentGivenNoName', { date: formatDateTime(item.consentedAt) })
                      : t('offerings.work.consentMissing')}
                  </Text>
                </li>
              ))}
            </ul>
            {data.complete && <Text fw={600}>{t('offerings.work.consentComplete')}</Text>}
            <ProblemAlert error={consent.error} />
            {done && <StatusMessage>{t('offerings.work.consented')}</StatusMessage>}
            {offering.permissions.consent && (
              <Group gap="sm">
                {data.items
                  .filter((item) => mine.has(item.organizationId))
                  .map((item) => (
                    <Button
                      key={item.organizationId}
                      loading={consent.isPending}
                      onClick={() => void start({ organizationId: item.organizationId, round: data.round })}
                    >
                      {t('offerings.work.consentButton', { name: item.organizationName })}
                    </Button>
                  ))}
              </Group>
            )}
            <CapacityDialog
              warnings={pending?.warnings ?? null}
              confirmLabel={t('offerings.work.consentAnyway')}
              isPending={consent.isPending}
              onCancel={() => setPending(null)}
              onConfirm={() => pending && give(pending.body)}
            />
          </>
        )}
      </QueryView>
    </Section>
  );
}

/** The co-organisers' comment thread, oldest first. */
export function CommentsSection({ offering }: { offering: Offering }) {
  const { t } = useTranslation();
  const comments = useComments(offering.id);
  const add = useAddComment(offering.id);
  const [body, setBody] = useState('');
  return (
    <Section id="comments-heading" title={t('offerings.work.comments')}>
      <QueryView query={comments}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          return items.length === 0 ? (
            <Text>{t('offerings.work.commentsEmpty')}</Text>
          ) : (
            <ul className="plain-list comment-list">
              {items.map((comment) => (
                <li key={comment.id}>
                  <Text size="sm" c="dimmed">
                    {t('offerings.work.commentBy', {
                      name: comment.authorName ?? '–',
                      organization: comment.organizationName ?? '–',
                      date: formatDateTime(comment.createdAt),
                    })}
                  </Text>
                  <Text className="comment-body">{comment.body}</Text>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryView>
      {comments.hasNextPage && (
        <div>
          <Button variant="default" size="xs" onClick={() => void comments.fetchNextPage()}>
            {t('offerings.work.commentsMore')}
          </Button>
        </div>
      )}
      {offering.permissions.comment && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!body.trim()) return;
            add.mutate(body.trim(), { onSuccess: () => setBody('') });
          }}
        >
          <Stack gap="xs">
            <ProblemAlert error={add.error} />
            <Textarea
              label={t('offerings.work.commentLabel')}
              autosize
              minRows={2}
              maxLength={4000}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
            />
            <div>
              <Button type="submit" loading={add.isPending} disabled={!body.trim()}>
                {t('offerings.work.commentSubmit')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Section>
  );
}
