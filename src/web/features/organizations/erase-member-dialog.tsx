import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../api/types';

interface EraseMemberDialogProps {
  member: Member | null;
  isPending: boolean;
  onCancel: () => void;
  onConfirm: (member: Member) => void;
}

/** The confirmation before erasing a person: what goes, what stays under a pseudonym, and that it is final. */
export function EraseMemberDialog({ member, isPending, onCancel, onConfirm }: EraseMemberDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={member !== null}
      onClose={onCancel}
      returnFocus={false}
      title={t('members.confirmEraseTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('members.confirmEraseText', { name: member?.name ?? '' })}</Text>
        <Text>{t('members.confirmEraseKept')}</Text>
        <Text fw={600}>{t('members.confirmEraseOther')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={isPending} onClick={() => member && onConfirm(member)}>
            {t('members.confirmErase')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
