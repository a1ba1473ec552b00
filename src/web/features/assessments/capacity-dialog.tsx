import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CapacityWarning } from './capacity-check';
import { formatHours, formatMonth } from './format';

interface CapacityDialogProps {
  warnings: CapacityWarning[] | null;
  isPending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

const number = (value: number | null) => (value === null ? '–' : formatHours(value));

/** Before a "go" that overbooks: each month with its figures (or only the name where they are not the caller's). */
export function CapacityDialog({ warnings, isPending, onCancel, onConfirm }: CapacityDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={warnings !== null}
      onClose={onCancel}
      title={t('assessments.capacity.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('assessments.capacity.intro')}</Text>
        <List>
          {(warnings ?? []).map((w) => {
            const params = {
              organization: w.organizationName,
              month: formatMonth(w.month),
              district: w.districtName ? ` (${w.districtName})` : '',
              total: number(w.totalHours),
              available: number(w.availableHours),
              committed: number(w.committedHours),
              planned: number(w.plannedHours),
            };
            const figures = w.totalHours !== null && w.availableHours !== null;
            return (
              <List.Item key={`${w.organizationId}:${w.month}:${w.districtId ?? ''}`}>
                {figures
                  ? t('assessments.capacity.figures', params)
                  : t('assessments.capacity.noFigures', params)}
              </List.Item>
            );
          })}
        </List>
        <Text fw={600}>{t('assessments.capacity.question')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button loading={isPending} onClick={onConfirm}>
            {t('assessments.capacity.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
