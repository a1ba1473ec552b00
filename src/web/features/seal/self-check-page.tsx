import { Anchor, Group, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { CycleSection } from './cycle-section';
import { EvidenceSection } from './evidence-section';
import { AreasSection } from './self-check-areas';
import { formatDay } from './self-check-format';
import { MissingSection, WarningsSection } from './self-check-gaps';
import { bundleUrl, reportUrl, useSealSubjects, useSelfCheck } from './self-check-queries';
import type { SealSubject, SelfCheck } from './self-check-types';

const route = getRouteApi('/guetesiegel');

function Summary({ check }: { check: SelfCheck }) {
  const { t } = useTranslation();
  const { summary } = check;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="seal-summary-heading">
      <Stack gap="xs">
        <Title order={2} size="h3" id="seal-summary-heading">
          {t('sealCheck.summary.heading')}
        </Title>
        <Text fw={700} size="lg">
          {t('sealCheck.summary.areas', { met: summary.areasMet, total: summary.areas })}
        </Text>
        <Text>{t('sealCheck.summary.criteria', { met: summary.criteriaMet, total: summary.criteria })}</Text>
        <Text size="sm" c="dimmed">
          {t('sealCheck.summary.period', {
            from: formatDay(check.reviewPeriod.from),
            to: formatDay(check.reviewPeriod.to),
          })}
          {' · '}
          {t('sealCheck.summary.at', { date: formatDay(check.at) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('sealCheck.summary.edition', { title: check.edition.title })}{' '}
          <AnchorLink
            to="/guetesiegel/katalog"
            search={{ edition: check.edition.id }}
            size="sm"
            underline="always"
          >
            {t('sealCheck.summary.catalogue')}
          </AnchorLink>
        </Text>
      </Stack>
    </Paper>
  );
}

function Downloads({ check }: { check: SelfCheck }) {
  const { t } = useTranslation();
  if (!check.permissions.downloadBundle) return null;
  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="seal-downloads-heading"
    >
      <Title order={2} size="h3" id="seal-downloads-heading" mb="sm">
        {t('sealCheck.downloads.heading')}
      </Title>
      <List spacing="xs">
        <List.Item>
          <Anchor href={reportUrl(check.subject.id)} download>
            {t('sealCheck.downloads.report')}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            ({t('sealCheck.downloads.reportHint')})
          </Text>
        </List.Item>
        <List.Item>
          <Anchor href={bundleUrl(check.subject.id)} download>
            {t('sealCheck.downloads.bundle')}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            ({t('sealCheck.downloads.bundleHint')})
          </Text>
        </List.Item>
      </List>
    </Paper>
  );
}

/** A centre in a Verbund reads the Verbund's self-check (decision 017): say so, and name the facilities. */
function SubjectNote({ check, chosen }: { check: SelfCheck; chosen: SealSubject | undefined }) {
  const { t } = useTranslation();
  if (check.subject.type !== 'network') return null;
  const names = check.subject.facilities.map((f) => f.name).join(', ');
  return (
    <Stack gap={4}>
      {chosen && chosen.id !== check.subject.id && (
        <Text fw={600}>{t('sealCheck.inNetwork', { centre: chosen.name, network: check.subject.name })}</Text>
      )}
      <Text size="sm">{t('sealCheck.facilities', { names })}</Text>
    </Stack>
  );
}

function SelfCheckContent({ subjectId, chosen }: { subjectId: string; chosen: SealSubject | undefined }) {
  const check = useSelfCheck(subjectId);
  const hash = useLocation({ select: (location) => location.hash });
  // "Protokoll hochladen" links to #evidence-form: scroll there once the page has rendered the form.
  useEffect(() => {
    if (check.data && hash) document.getElementById(hash)?.scrollIntoView();
  }, [check.data, hash]);
  return (
    <QueryView query={check}>
      {(data) => (
        <Stack gap="lg">
          <SubjectNote check={data} chosen={chosen} />
          <Summary check={data} />
          <CycleSection subjectId={data.subject.id} />
          <WarningsSection check={data} />
          <MissingSection check={data} />
          <AreasSection check={data} />
          <EvidenceSection check={data} />
          <Downloads check={data} />
        </Stack>
      )}
    </QueryView>
  );
}

/** /guetesiegel: the self-check of a centre or Verbund (issue 19 §4), its evidence, gaps and cycle. */
export function SelfCheckPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const subjects = useSealSubjects();
  return (
    <Page title={t('sealCheck.title')}>
      <Text maw={760}>{t('sealCheck.intro')}</Text>
      <QueryView query={subjects}>
        {({ items }) => {
          const chosen = items.find((s) => s.id === search.centre) ?? items[0];
          // An address naming a centre the list does not have (a Verbund's member, a link from a mail) is
          // still asked: the server decides, and answers 403/404 for who may not read it.
          const subjectId = search.centre ?? chosen?.id;
          if (!subjectId) return <Text>{t('sealCheck.noSubjects')}</Text>;
          return (
            <Stack gap="lg">
              {items.length > 1 && (
                <Group>
                  <Select
                    label={t('sealCheck.subject')}
                    data={items.map((s) => ({ value: s.id, label: s.name }))}
                    value={chosen?.id ?? null}
                    allowDeselect={false}
                    searchable
                    w={{ base: '100%', sm: 480 }}
                    onChange={(id) => id && void navigate({ to: '/guetesiegel', search: { centre: id } })}
                  />
                </Group>
              )}
              <SelfCheckContent
                key={subjectId}
                subjectId={subjectId}
                chosen={items.find((s) => s.id === subjectId)}
              />
            </Stack>
          );
        }}
      </QueryView>
    </Page>
  );
}
