import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { useAnswerProposal, useProposal } from './queries';
import type { Cooperation } from './types';

/** One open proposal of the Jugendamt: its model and message; the leads of either side answer it. */
function OpenProposal({ id, cooperationId }: { id: string; cooperationId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const proposal = useProposal(id);
  const answer = useAnswerProposal(id, cooperationId);
  const [answered, setAnswered] = useState(false);
  const data = proposal.data;
  if (!data) return null;
  const send = (value: 'accepted' | 'declined') =>
    answer.mutate({ version: data.version, answer: value }, { onSuccess: () => setAnswered(true) });
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={headingId}>
          {t('cooperations.proposal.heading')}
        </Title>
        <Text>
          {t('cooperations.proposal.intro', { proposer: data.proposer, model: data.model?.name ?? '' })}
        </Text>
        {data.message && <Text style={{ whiteSpace: 'pre-line' }}>{data.message}</Text>}
        <ProblemAlert error={answer.error} />
        {answered && <StatusMessage>{t('cooperations.proposal.answered')}</StatusMessage>}
        {data.status === 'proposed' && data.permissions.answer && (
          <>
            <Text size="sm">{t('cooperations.proposal.hint')}</Text>
            <Group gap="sm">
              <Button loading={answer.isPending} onClick={() => send('accepted')}>
                {t('cooperations.proposal.accept')}
              </Button>
              <Button variant="default" loading={answer.isPending} onClick={() => send('declined')}>
                {t('cooperations.proposal.decline')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** The Jugendamt's open proposals to this pair (from the timeline, which reads them from planning). */
export function ProposalsSection({ cooperation }: { cooperation: Cooperation }) {
  const open = cooperation.timeline.filter((e) => e.kind === 'planning_proposal' && e.status === 'proposed');
  return (
    <>
      {open.map((entry) => (
        <OpenProposal
          key={entry.id}
          id={entry.id.replace(/^planning_proposal:/, '')}
          cooperationId={cooperation.id}
        />
      ))}
    </>
  );
}
