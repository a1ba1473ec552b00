import './directory.css';
import { Anchor, Badge, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { formatDate } from '../../i18n';
import { useMe } from '../session/queries';
import { formatDay, kindLabel } from './format';
import { type Centre, centresOf, useNetwork } from './queries';
import { type Network, type NetworkItem, relationshipStatuses } from './types';

const route = getRouteApi('/netzwerk');

function PartnerEntry({ item }: { item: NetworkItem }) {
  const { t } = useTranslation();
  const nextStepDetails = [
    item.nextStepDue ? t('directory.network.due', { date: formatDay(item.nextStepDue) }) : null,
    item.nextStepAssignee ? t('directory.network.assignee', { name: item.nextStepAssignee.name }) : null,
  ].filter(Boolean);
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <AnchorLink
            to="/partner/$organizationId"
            params={{ organizationId: item.partner.id }}
            fw={600}
            style={{ overflowWrap: 'anywhere', flex: '1 1 12rem' }}
          >
            {item.partner.name}
          </AnchorLink>
          <Text size="sm" c="dimmed">
            {t('directory.network.since', { date: formatDate(item.statusChangedAt) })}
          </Text>
        </Group>
        {item.kinds.length > 0 && (
          <Group gap={6}>
            {item.kinds.map((kind) => (
              <Badge key={kind.key} variant="light" tt="none">
                {kindLabel(kind)}
              </Badge>
            ))}
          </Group>
        )}
        <AnchorLink
          to="/kooperationen/$cooperationId"
          params={{ cooperationId: item.cooperationId }}
          size="sm"
        >
          {t('directory.relationship.toCooperation')}
        </AnchorLink>
        {item.nextStep && (
          <Text size="sm">
            {t('directory.network.nextStep', { step: item.nextStep })}
            {nextStepDetails.length > 0 && ` (${nextStepDetails.join(', ')})`}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function NetworkView({ centre, network }: { centre: Centre; network: Network }) {
  const { t } = useTranslation();
  const sortedMissing = [...network.missingKinds].sort(
    (a, b) => Number(b.isPriority) - Number(a.isPriority) || kindLabel(a).localeCompare(kindLabel(b)),
  );
  return (
    <>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="missing-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="missing-heading">
            {t('directory.network.missingHeading')}
          </Title>
          {sortedMissing.length === 0 ? (
            <Text>{t('directory.network.noneMissing')}</Text>
          ) : (
            <>
              <Text>{t('directory.network.missingIntro', { centre: centre.name })}</Text>
              <ul className="plain-list missing-kinds" aria-labelledby="missing-heading">
                {sortedMissing.map((kind) => (
                  <li key={kind.key}>
                    <Group gap="xs" wrap="nowrap" align="center" py={4}>
                      <AnchorLink
                        to="/partner"
                        search={{ kind: kind.key, radius: 'all' }}
                        aria-label={t('directory.network.findKind', { kind: kindLabel(kind) })}
                      >
                        {kindLabel(kind)}
                      </AnchorLink>
                      {kind.isPriority && (
                        <Badge color="red.9" variant="outline" tt="none">
                          {t('directory.network.priority')}
                        </Badge>
                      )}
                    </Group>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Stack>
      </Paper>
      <section aria-labelledby="by-status-heading">
        <Stack gap="md">
          <Title order={2} size="h3" id="by-status-heading">
            {t('directory.network.byStatusHeading')}
          </Title>
          {relationshipStatuses.map((status) => {
            const items = network.items.filter((item) => item.status === status);
            const headingId = `status-${status}`;
            return (
              <section key={status} aria-labelledby={headingId}>
                <Stack gap="xs">
                  <Title order={3} size="h4" id={headingId}>
                    {t('directory.network.statusHeading', {
                      status: t(`directory.status.${status}`),
                      count: items.length,
                    })}
                  </Title>
                  {items.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('directory.network.emptyStatus')}
                    </Text>
                  ) : (
                    <Stack component="ul" gap="xs" className="partner-results" aria-labelledby={headingId}>
                      {items.map((item) => (
                        <PartnerEntry key={item.partner.id} item={item} />
                      ))}
                    </Stack>
                  )}
                </Stack>
              </section>
            );
          })}
        </Stack>
      </section>
      {network.exports && (
        <section aria-labelledby="exports-heading">
          <Stack gap="xs">
            <Title order={2} size="h4" id="exports-heading">
              {t('directory.network.exportsHeading')}
            </Title>
            <Group gap="lg">
              <Anchor href={network.exports.csv} download>
                {t('directory.network.exportCsv')}
              </Anchor>
              <Anchor href={network.exports.vcard} download>
                {t('directory.network.exportVcard')}
              </Anchor>
            </Group>
          </Stack>
        </section>
      )}
    </>
  );
}

function CentreNetwork({ centre }: { centre: Centre }) {
  const network = useNetwork(centre.id);
  return <QueryView query={network}>{(data) => <NetworkView centre={centre} network={data} />}</QueryView>;
}

export function NetworkPage() {
  const { t } = useTranslation();
  const { centre: chosen } = route.useSearch();
  const navigate = route.useNavigate();
  const { data: me } = useMe();
  const centres = centresOf(me);
  const centre = centres.find((c) => c.id === chosen) ?? centres[0];

  if (!centre) {
    return (
      <Page title={t('directory.network.title')}>
        <Text>{t('directory.network.noCentre')}</Text>
        <div>
          <ButtonLink to="/partner">{t('directory.network.toDirectory')}</ButtonLink>
        </div>
      </Page>
    );
  }

  return (
    <Page
      title={t('directory.network.title')}
      documentTitle={`${t('directory.network.title')}: ${centre.name}`}
      eyebrow={
        <Text size="sm" fw={600} c="dimmed" className="directory-page">
          {centre.name}
        </Text>
      }
    >
      {centres.length > 1 && (
        <Select
          label={t('directory.network.chooseCentre')}
          data={centres.map((c) => ({ value: c.id, label: c.name }))}
          value={centre.id}
          allowDeselect={false}
          maw={420}
          onChange={(value) => {
            if (value) void navigate({ search: { centre: value } });
          }}
        />
      )}
      <div>
        <AnchorLink to="/partner">{t('directory.network.toDirectory')}</AnchorLink>
      </div>
      <CentreNetwork centre={centre} />
    </Page>
  );
}
