import { Anchor, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { diffWords } from 'diff';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/query-view';
import { formatDate } from '../../i18n';
import { useVersionDiff, useVersions } from './queries';
import type { Agreement, VersionDiff, VersionListItem } from './types';

/** Word by word: removed text struck through, added text underlined; both also named for screen readers. */
function WordDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  return (
    <Text component="div" className="word-diff">
      {diffWords(before, after).map((part, index) => {
        const key = `${index}-${part.count}`;
        if (part.added) {
          return (
            <ins key={key}>
              <span className="visually-hidden">[{t('agreements.versions.added')}: </span>
              {part.value}
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        if (part.removed) {
          return (
            <del key={key}>
              <span className="visually-hidden">[{t('agreements.versions.removed')}: </span>
              {part.value}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        return <span key={key}>{part.value}</span>;
      })}
    </Text>
  );
}

function DiffView({ diff }: { diff: VersionDiff }) {
  const { t } = useTranslation();
  const changed = diff.sections.filter((section) => section.changed);
  const unchanged = diff.sections.filter((section) => !section.changed);
  const headingId = `diff-${diff.from}-${diff.to}`;
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('agreements.versions.diffHeading', { from: diff.from, to: diff.to })}
        </Title>
        {diff.servicesChanged && <Text fw={600}>{t('agreements.versions.servicesChanged')}</Text>}
        {diff.childProtectionChanged && (
          <Text fw={600}>{t('agreements.versions.childProtectionChanged')}</Text>
        )}
        {changed.length === 0 && <Text>{t('agreements.versions.noChanges')}</Text>}
        {changed.map((section) => (
          <Stack key={section.key} gap={4}>
            <Text fw={600}>
              {t(`agreements.section.${section.key}`)} ({t('agreements.versions.changed')})
            </Text>
            <WordDiff before={section.before} after={section.after} />
          </Stack>
        ))}
        {unchanged.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('agreements.versions.unchanged')}:{' '}
            {unchanged.map((s) => t(`agreements.section.${s.key}`)).join(', ')}
          </Text>
        )}
      </Stack>
    </section>
  );
}

function Compare({ agreementId, versions }: { agreementId: string; versions: VersionListItem[] }) {
  const { t } = useTranslation();
  const numbers = versions.map((v) => v.number).sort((a, b) => a - b);
  const newest = numbers[numbers.length - 1] ?? 1;
  const [from, setFrom] = useState(numbers[numbers.length - 2] ?? newest);
  const [to, setTo] = useState(newest);
  const diff = useVersionDiff(agreementId, from, to);
  const options = numbers.map((n) => ({
    value: String(n),
    label: t('agreements.versions.item', { number: n }),
  }));
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('agreements.versions.compare')}
      </Title>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('agreements.versions.from')}
          data={options}
          value={String(from)}
          allowDeselect={false}
          onChange={(v) => v && setFrom(Number(v))}
          w={200}
        />
        <Select
          label={t('agreements.versions.to')}
          data={options}
          value={String(to)}
          allowDeselect={false}
          onChange={(v) => v && setTo(Number(v))}
          w={200}
        />
      </Group>
      {from === to ? (
        <Text size="sm">{t('agreements.versions.same')}</Text>
      ) : (
        <QueryView query={diff}>{(data) => <DiffView diff={data} />}</QueryView>
      )}
    </Stack>
  );
}

export function VersionsSection({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const versions = useVersions(agreement.id, true);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="versions-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="versions-heading">
          {t('agreements.versions.heading')}
        </Title>
        <QueryView query={versions}>
          {(data) => (
            <>
              <ul className="plain-list" aria-labelledby="versions-heading">
                {data.map((version) => (
                  <li key={version.number}>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm" fw={600}>
                        {t('agreements.versions.item', { number: version.number })}
                      </Text>
                      <Text size="sm">
                        {[
                          t(`agreements.versions.versionStatus.${version.status}`),
                          t('agreements.versions.created', { date: formatDate(version.createdAt) }),
                          version.signedAt
                            ? t('agreements.versions.signedAt', { date: formatDate(version.signedAt) })
                            : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                      <Anchor
                        size="sm"
                        href={`/api/v1/agreements/${agreement.id}/document.pdf?version=${version.number}`}
                        download
                      >
                        {t('agreements.versions.pdf', { number: version.number })}
                      </Anchor>
                    </Group>
                  </li>
                ))}
              </ul>
              {data.length > 1 ? (
                // A new version (after an edit of a signed one) becomes the default comparison.
                <Compare key={data.length} agreementId={agreement.id} versions={data} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('agreements.versions.onlyOne')}
                </Text>
              )}
            </>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}
