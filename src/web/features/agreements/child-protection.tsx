import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../components/problem-alert';
import { usePartyLabels } from './components';
import { formatDay, todayInBerlin } from './format';
import { useUpdateAgreement } from './queries';
import type { Agreement, VersionContent } from './types';
import { WriteAlert } from './write-alert';

/** § 8a / § 72a SGB VIII: the record says who checked the certificates of conduct and when — never the certificate. */
export function ChildProtectionChecks({
  agreement,
  content,
  onReload,
}: {
  agreement: Agreement;
  content: VersionContent;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateAgreement(agreement.id);
  const [partyId, setPartyId] = useState(agreement.parties[0]?.id ?? '');
  const [checkedOn, setCheckedOn] = useState(todayInBerlin());
  const [checkedBy, setCheckedBy] = useState('');
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const partyName = usePartyLabels(agreement);
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('agreements.childProtection.heading')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('agreements.childProtection.hint')}
      </Text>
      {content.childProtectionChecks.length === 0 ? (
        <Text size="sm">{t('agreements.childProtection.none')}</Text>
      ) : (
        <ul className="plain-list">
          {content.childProtectionChecks.map((check) => (
            <li key={`${check.partyId}-${check.checkedOn}-${check.checkedBy}`}>
              <Text size="sm">
                {t('agreements.childProtection.entry', {
                  party: partyName(check.partyId),
                  date: formatDay(check.checkedOn),
                  by: check.checkedBy,
                })}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {saved && <StatusMessage>{t('agreements.childProtection.saved')}</StatusMessage>}
      {agreement.permissions.edit && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(false);
            if (!checkedBy.trim()) {
              setMissing(true);
              return;
            }
            setMissing(false);
            update.mutate(
              {
                version: agreement.version,
                childProtectionChecks: [
                  ...content.childProtectionChecks,
                  { partyId, checkedOn, checkedBy: checkedBy.trim() },
                ],
              },
              {
                onSuccess: () => {
                  setCheckedBy('');
                  setSaved(true);
                },
              },
            );
          }}
        >
          <Stack gap="xs">
            <WriteAlert
              error={update.error}
              onReload={() => {
                update.reset();
                onReload();
              }}
            />
            <Group gap="sm" align="flex-start" wrap="wrap">
              <Select
                label={t('agreements.childProtection.party')}
                data={agreement.parties.map((p) => ({ value: p.id, label: partyName(p.id) }))}
                value={partyId}
                allowDeselect={false}
                onChange={(value) => value && setPartyId(value)}
                w={240}
              />
              <TextInput
                type="date"
                label={t('agreements.childProtection.checkedOn')}
                value={checkedOn}
                onChange={(event) => setCheckedOn(event.currentTarget.value)}
                w={180}
              />
              <TextInput
                label={t('agreements.childProtection.checkedBy')}
                value={checkedBy}
                error={missing ? t('agreements.childProtection.checkedByRequired') : undefined}
                onChange={(event) => setCheckedBy(event.currentTarget.value)}
                w={240}
              />
            </Group>
            <div>
              <Button type="submit" variant="default" size="xs" loading={update.isPending}>
                {t('agreements.childProtection.add')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
