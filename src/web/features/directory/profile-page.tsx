import './directory.css';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailLink, formatAddress, PhoneLink, telHref, WebsiteLink } from '../../components/contact-links';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { Loading, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { formatDate } from '../../i18n';
import { useMe } from '../session/queries';
import { kindLabel, languageName, weekdayName } from './format';
import { centresOf, useProfile } from './queries';
import { RelationshipSection } from './relationship-section';
import { lastDirectorySearch } from './search-params';
import { accessibilityKeys, type PartnerProfile, targetGroupKeys } from './types';

const route = getRouteApi('/partner/$organizationId');

// Only a partner's own people edit its profile: the form (multi-selects, checkboxes) loads when they open it.
const ProfileForm = lazy(() => import('./profile-form').then((module) => ({ default: module.ProfileForm })));

function Facts({ data }: { data: PartnerProfile }) {
  const { t } = useTranslation();
  const { organization, profile } = data;
  const missing = (
    <Text span c="dimmed">
      {t('directory.profile.notProvided')}
    </Text>
  );
  const address = formatAddress(organization);
  const hours = [...profile.openingHours].sort((a, b) => a.day - b.day || a.from.localeCompare(b.from));

  return (
    <dl className="facts">
      <dt>{t('directory.profile.coreMandate')}</dt>
      <dd>{profile.coreMandate || missing}</dd>
      <dt>{t('directory.profile.address')}</dt>
      <dd>{address || missing}</dd>
      <dt>{t('directory.profile.website')}</dt>
      <dd>
        <WebsiteLink url={organization.website} missing={missing} />
      </dd>
      <dt>{t('directory.profile.email')}</dt>
      <dd>
        <EmailLink email={organization.email} missing={missing} />
      </dd>
      <dt>{t('directory.profile.phone')}</dt>
      <dd>
        <PhoneLink phone={organization.phone} missing={missing} />
      </dd>
      <dt>{t('directory.profile.openingHours')}</dt>
      <dd>
        {hours.length > 0 ? (
          <ul className="plain-list">
            {hours.map((slot) => (
              <li key={`${slot.day}-${slot.from}`}>
                {weekdayName(slot.day)}: {t('directory.profile.timeRange', { from: slot.from, to: slot.to })}
              </li>
            ))}
          </ul>
        ) : (
          missing
        )}
      </dd>
      <dt>{t('directory.profile.languages')}</dt>
      <dd>{profile.languages.length > 0 ? profile.languages.map(languageName).join(', ') : missing}</dd>
      <dt>{t('directory.profile.accessibility')}</dt>
      <dd>
        {profile.accessibility.length > 0
          ? profile.accessibility
              .map((key) => {
                const known = accessibilityKeys.find((candidate) => candidate === key);
                return known ? t(`directory.accessibility.${known}`) : key;
              })
              .join(', ')
          : missing}
      </dd>
      <dt>{t('directory.profile.targetGroups')}</dt>
      <dd>
        {profile.targetGroups.length > 0
          ? profile.targetGroups
              .map((key) => {
                const known = targetGroupKeys.find((candidate) => candidate === key);
                return known ? t(`directory.targetGroup.${known}`) : key;
              })
              .join(', ')
          : missing}
      </dd>
      <dt>{t('directory.profile.lastConfirmed')}</dt>
      <dd>{formatDate(profile.lastConfirmedAt)}</dd>
    </dl>
  );
}

function FactsSection({ data, onReload }: { data: PartnerProfile; onReload: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="facts-heading">
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={2} size="h3" id="facts-heading">
            {t('directory.profile.factsHeading')}
          </Title>
          {data.permissions.update && !editing && (
            <Button
              ref={editButton}
              variant="light"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('directory.edit.open')}
            </Button>
          )}
        </Group>
        {saved && <StatusMessage>{t('directory.edit.saved')}</StatusMessage>}
        {editing ? (
          <Suspense fallback={<Loading />}>
            <ProfileForm
              // A reload after a conflict brings a new version: the form starts again from what is saved now.
              key={data.profile.version}
              data={data}
              onReload={onReload}
              onDone={(wasSaved) => {
                returnFocus.current = true;
                setSaved(wasSaved);
                setEditing(false);
              }}
            />
          </Suspense>
        ) : (
          <Facts data={data} />
        )}
      </Stack>
    </Paper>
  );
}

function ContactPersons({ data }: { data: PartnerProfile }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="contacts-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="contacts-heading">
          {t('directory.profile.contactsHeading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('directory.profile.privacyNotice')}
        </Text>
        {data.contactPersons.length === 0 ? (
          <Text>{t('directory.profile.noContacts')}</Text>
        ) : (
          <Stack component="ul" gap="sm" className="partner-results">
            {data.contactPersons.map((person) => (
              <li key={person.id}>
                <Text fw={600}>{person.name}</Text>
                {person.role && <Text size="sm">{person.role}</Text>}
                <Group gap="md">
                  {person.phone && (
                    <Anchor size="sm" href={telHref(person.phone)}>
                      {person.phone}
                    </Anchor>
                  )}
                  {person.email && (
                    <Anchor size="sm" href={`mailto:${person.email}`} style={{ overflowWrap: 'anywhere' }}>
                      {person.email}
                    </Anchor>
                  )}
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const { organizationId } = route.useParams();
  const profile = useProfile(organizationId);
  const { data: me } = useMe();
  const centres = centresOf(me).filter((centre) => centre.id !== organizationId);
  const eyebrow = (
    <AnchorLink to="/partner" search={lastDirectorySearch()} size="sm" className="directory-page">
      {t('directory.profile.back')}
    </AnchorLink>
  );

  return (
    <QueryView
      query={profile}
      frame={(content) => (
        <Page title={t('directory.profile.eyebrow')} eyebrow={eyebrow}>
          {content}
        </Page>
      )}
    >
      {(data) => (
        <Page
          title={data.organization.name}
          documentTitle={`${data.organization.name} – ${t('directory.profile.eyebrow')}`}
          eyebrow={eyebrow}
        >
          <Group gap={6}>
            {data.kinds.map((kind) => (
              <Badge key={kind.key} variant="light" size="lg" tt="none">
                {kindLabel(kind)}
              </Badge>
            ))}
            {data.profile.stale && (
              <Badge variant="outline" color="red.9" size="lg" tt="none">
                {t('directory.search.stale')}
              </Badge>
            )}
          </Group>
          {data.profile.stale && (
            <Alert color="orange" variant="light">
              {t('directory.profile.staleNotice')}
            </Alert>
          )}
          <FactsSection data={data} onReload={() => void profile.refetch()} />
          <ContactPersons data={data} />
          {centres.map((centre) => (
            <RelationshipSection key={centre.id} centre={centre} partner={data.organization} />
          ))}
        </Page>
      )}
    </QueryView>
  );
}
