import { Badge, Group, Select, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useMe } from '../session/queries';
import { InvitationsSection } from './invitations-section';
import { MembersSection } from './members-section';
import { OrganizationProfile } from './organization-profile';
import { useOrganization } from './queries';

const route = getRouteApi('/organisation');

function OrganizationView({
  organizationId,
  currentUserId,
}: {
  organizationId: string;
  currentUserId: string;
}) {
  const organization = useOrganization(organizationId);
  const reload = async () => (await organization.refetch()).data;
  return (
    <QueryView query={organization}>
      {(data) => (
        <>
          <OrganizationProfile organization={data} onReload={reload} />
          <MembersSection organization={data} currentUserId={currentUserId} />
          <InvitationsSection organization={data} />
        </>
      )}
    </QueryView>
  );
}

export function MyOrganizationPage() {
  const { t } = useTranslation();
  const { org } = route.useSearch();
  const navigate = route.useNavigate();
  const { data: me } = useMe();
  const memberships = me?.memberships ?? [];
  const selected = memberships.find((m) => m.organizationId === org) ?? memberships[0];

  if (!me || !selected) {
    return (
      <Page title={t('organization.title')}>
        <Text>{t('organization.noMemberships')}</Text>
      </Page>
    );
  }

  return (
    <Page
      title={selected.organizationName}
      documentTitle={`${t('organization.title')}: ${selected.organizationName}`}
      eyebrow={
        <Text size="sm" fw={600} c="dimmed" tt="uppercase">
          {t('organization.title')}
        </Text>
      }
    >
      <Group gap="xs">
        <Badge variant="light" size="lg">
          {t(`organizationType.${selected.organizationType}`)}
        </Badge>
        <Text size="sm">{t('organization.yourRole', { role: t(`role.${selected.role}`) })}</Text>
      </Group>
      {memberships.length > 1 && (
        <Select
          label={t('organization.chooseLabel')}
          description={t('organization.chooseDescription')}
          data={memberships.map((m) => ({ value: m.organizationId, label: m.organizationName }))}
          value={selected.organizationId}
          allowDeselect={false}
          maw={420}
          onChange={(value) => {
            if (value) void navigate({ search: { org: value } });
          }}
        />
      )}
      <OrganizationView organizationId={selected.organizationId} currentUserId={me.user.id} />
    </Page>
  );
}
