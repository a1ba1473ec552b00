import { ActionIcon, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../api/types';
import { useOrganization, useOrganizationSearch } from './queries';

export interface PickedOrganization {
  id: string;
  name: string;
  providerId: string | null;
}

const choosable = (org: Organization) => org.type !== 'provider' && org.type !== 'youth_office';

/** The Träger that signs for a facility: its provider, or the facility itself when it has none. */
function CarrierLine({ picked }: { picked: PickedOrganization }) {
  const { t } = useTranslation();
  const provider = useOrganization(picked.providerId);
  if (!picked.providerId) return <Text size="sm">{t('agreements.create.carrierSelf')}</Text>;
  return <Text size="sm">{t('agreements.create.carrier', { name: provider.data?.name ?? '…' })}</Text>;
}

/** A searchable choice of a partner facility (searched on the server, so it scales to large municipalities). */
export function PartnerPicker({
  label,
  municipalityId,
  excludeIds,
  picked,
  error,
  onPick,
  onRemove,
  removeLabel,
}: {
  label: string;
  municipalityId: string | undefined;
  excludeIds: readonly string[];
  picked: PickedOrganization | null;
  error?: string;
  onPick: (org: PickedOrganization | null) => void;
  onRemove?: () => void;
  removeLabel: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const results = useOrganizationSearch(municipalityId, picked && search === picked.name ? '' : q);
  const options = (results.data ?? [])
    .filter((org) => choosable(org) && !excludeIds.includes(org.id))
    .map((org) => ({ value: org.id, label: org.name }));
  if (picked && !options.some((o) => o.value === picked.id))
    options.unshift({ value: picked.id, label: picked.name });
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          label={label}
          description={t('agreements.create.partnerHint')}
          required
          searchable
          clearable
          style={{ flex: 1 }}
          data={options}
          value={picked?.id ?? null}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          nothingFoundMessage={t('agreements.create.noResults')}
          error={error}
          onChange={(value) => {
            const org = (results.data ?? []).find((o) => o.id === value);
            onPick(org ? { id: org.id, name: org.name, providerId: org.providerId } : value ? picked : null);
          }}
        />
        {onRemove && (
          <ActionIcon
            variant="default"
            size="lg"
            mb={error ? 22 : 0}
            aria-label={removeLabel}
            onClick={onRemove}
          >
            <span aria-hidden="true">×</span>
          </ActionIcon>
        )}
      </Group>
      {picked && <CarrierLine picked={picked} />}
    </Stack>
  );
}
