import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CapacityDialog, type CapacityWarning, checkCapacity } from '../../components/capacity-check';
import { StatusMessage } from '../../components/problem-alert';
import { useTransition } from './queries';
import { type Agreement, type AgreementStatus, agreementStatuses } from './types';
import { WriteAlert } from './write-alert';

/** The usual path; "amended" and "ended" are side branches shown only when the agreement is there. */
const mainPath: AgreementStatus[] = ['draft', 'in_review', 'ready_for_signature', 'signed', 'active'];

function Pipeline({ status, labelId }: { status: AgreementStatus; labelId: string }) {
  const { t } = useTranslation();
  const steps = mainPath.includes(status) ? mainPath : [...mainPath, status];
  const current = steps.indexOf(status);
  return (
    <ol className="lifecycle" aria-labelledby={labelId}>
      {steps.map((step, index) => (
        <li
          key={step}
          aria-current={index === current ? 'step' : undefined}
          data-passed={index < current ? true : undefined}
        >
          {t(`agreements.status.${step}`)}
          {index === current && <span className="visually-hidden"> ({t('agreements.detail.current')})</span>}
        </li>
      ))}
    </ol>
  );
}

/** Steps that end or undo something ask for a reason first. */
const needsConfirmation: AgreementStatus[] = ['ended', 'draft'];

export function LifecycleSection({ agreement, onReload }: { agreement: Agreement; onReload: () => void }) {
  const { t } = useTranslation();
  const transition = useTransition(agreement.id);
  const [confirming, setConfirming] = useState<AgreementStatus | null>(null);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<AgreementStatus | null>(null);
  const [warnings, setWarnings] = useState<CapacityWarning[] | null>(null);
  const labelId = useId();
  const allowed = agreement.permissions.transition
    ? agreementStatuses.filter((status) => agreement.allowedTransitions.includes(status))
    : [];

  const run = (to: AgreementStatus) => {
    setDone(null);
    setWarnings(null);
    transition.mutate(
      { version: agreement.version, to, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: (updated) => {
          setDone(updated.status);
          setConfirming(null);
          setNote('');
        },
      },
    );
  };

  // Signing puts the service rows' hours in force: over an organisation's hours, the person confirms first.
  const start = async (to: AgreementStatus) => {
    if (needsConfirmation.includes(to)) return setConfirming(to);
    // Only when it can succeed: with signatures missing the server's refusal names them, no hours are bound.
    if (to === 'signed' && agreement.missingSignatures.length === 0) {
      const found = await checkCapacity({ kind: 'agreement', agreementId: agreement.id });
      if (found.length > 0) return setWarnings(found);
    }
    run(to);
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={`${labelId}-h`}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={`${labelId}-h`}>
          {t('agreements.detail.lifecycle')}
        </Title>
        <Pipeline status={agreement.status} labelId={`${labelId}-h`} />
        {agreement.inForceVersion !== null && agreement.inForceVersion !== agreement.currentVersion && (
          <Text size="sm">{t('agreements.detail.inForce', { number: agreement.inForceVersion })}</Text>
        )}
        {agreement.missingSignatures.length > 0 && (
          <Text size="sm">
            {t('agreements.detail.missingSignatures', {
              names: agreement.missingSignatures.map((p) => p.name).join(', '),
            })}
          </Text>
        )}
        {done && (
          <StatusMessage>
            {t('agreements.detail.transitionDone', { status: t(`agreements.status.${done}`) })}
          </StatusMessage>
        )}
        <WriteAlert
          error={transition.error}
          onReload={() => {
            transition.reset();
            onReload();
          }}
        />
        {agreement.permissions.transition && (
          <Stack gap="xs">
            <Text fw={600}>{t('agreements.detail.actions')}</Text>
            {allowed.length === 0 ? (
              <Text size="sm">{t('agreements.detail.noActions')}</Text>
            ) : (
              <Group gap="xs">
                {allowed.map((to) => (
                  <Button
                    key={to}
                    variant={to === 'ended' || to === 'draft' ? 'default' : 'filled'}
                    loading={transition.isPending && transition.variables?.to === to}
                    onClick={() => void start(to)}
                  >
                    {t(`agreements.transition.${to}`)}
                  </Button>
                ))}
              </Group>
            )}
            {confirming && (
              <Stack gap="xs" maw={560}>
                {confirming === 'ended' && <Text>{t('agreements.detail.confirmEnd')}</Text>}
                <Textarea
                  label={t('agreements.detail.note')}
                  value={note}
                  autosize
                  minRows={2}
                  onChange={(e) => setNote(e.currentTarget.value)}
                  data-autofocus
                />
                <Group gap="xs">
                  <Button color="red.9" onClick={() => run(confirming)} loading={transition.isPending}>
                    {t(`agreements.transition.${confirming}`)}
                  </Button>
                  <Button variant="default" onClick={() => setConfirming(null)}>
                    {t('agreements.detail.cancel')}
                  </Button>
                </Group>
              </Stack>
            )}
          </Stack>
        )}
        <CapacityDialog
          warnings={warnings}
          confirmLabel={t('agreements.detail.signAnyway')}
          isPending={transition.isPending}
          onCancel={() => setWarnings(null)}
          onConfirm={() => run('signed')}
        />
      </Stack>
    </Paper>
  );
}
