import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';
import type { JsonOf } from '../api/types';
import { formatHours, formatMonth } from './hours';

/**
 * Going over an organisation's staff hours is a warning, never a refusal (issue 17 §4): before signing an
 * agreement, consenting to an offering or recording a "go", the page asks the server's capacity check and,
 * when it names months over capacity, asks the person to confirm.
 */
export type CapacityCheck = JsonOf<paths['/api/v1/capacity-checks']['post']['requestBody']>;
export type CapacityWarning = JsonOf<
  paths['/api/v1/capacity-checks']['post']['responses'][200]
>['capacityWarnings'][number];

/** The months in which the action would take an organisation past its hours (empty: none, or no answer). */
export async function checkCapacity(check: CapacityCheck): Promise<CapacityWarning[]> {
  try {
    return (await unwrap(api.POST('/api/v1/capacity-checks', { body: check }))).capacityWarnings;
  } catch {
    // The check only informs: without its answer the action goes on, and answers with its own warnings.
    return [];
  }
}

/** One warning as a sentence: whose hours, which month, and the figures where the reader may see them. */
export function CapacityWarningText({ warning: w }: { warning: CapacityWarning }) {
  const { t } = useTranslation();
  const params = {
    organization: w.organizationName,
    month: formatMonth(w.month),
    district: w.districtName ? ` (${w.districtName})` : '',
    total: formatHours(w.totalHours),
    available: formatHours(w.availableHours),
    committed: formatHours(w.committedHours),
    planned: formatHours(w.plannedHours),
  };
  return w.totalHours !== null && w.availableHours !== null
    ? t('capacityCheck.figures', params)
    : t('capacityCheck.noFigures', params);
}

interface CapacityDialogProps {
  warnings: CapacityWarning[] | null;
  /** What the confirm button does, e.g. "Trotzdem unterschrieben abschließen". */
  confirmLabel: string;
  isPending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

export function CapacityDialog({
  warnings,
  confirmLabel,
  isPending,
  onCancel,
  onConfirm,
}: CapacityDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={warnings !== null}
      onClose={onCancel}
      title={t('capacityCheck.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('capacityCheck.intro')}</Text>
        <List>
          {(warnings ?? []).map((w) => (
            <List.Item key={`${w.organizationId}:${w.month}:${w.districtId ?? ''}`}>
              <CapacityWarningText warning={w} />
            </List.Item>
          ))}
        </List>
        <Text fw={600}>{t('capacityCheck.question')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button loading={isPending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
