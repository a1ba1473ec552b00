import './offerings.css';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailLink, formatAddress, PhoneLink, WebsiteLink } from '../../components/contact-links';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import {
  formatAges,
  formatFee,
  formatMoney,
  formatRunBy,
  formatSession,
  labelOf,
  languageName,
} from './format';
import { eventJsonLd } from './json-ld';
import { usePublicOffering } from './public-queries';
import { lastFinderSearch } from './search-params';
import type { PublicOffering } from './types';

const route = getRouteApi('/angebote/$id');

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Facts({ offering }: { offering: PublicOffering }) {
  const { t } = useTranslation();
  const ages = formatAges(t, offering.ageFrom, offering.ageTo);
  const rows: [string, string][] = [
    [t('offerings.finder.format'), labelOf(t, 'offerings.format', offering.format)],
    ...(offering.targetGroups.length > 0
      ? [
          [
            t('offerings.detail.forWhom'),
            offering.targetGroups.map((key) => labelOf(t, 'directory.targetGroup', key)).join(', '),
          ] as [string, string],
        ]
      : []),
    ...(ages ? [[t('offerings.detail.age'), ages] as [string, string]] : []),
    ...(offering.languages.length > 0
      ? [
          [t('offerings.detail.languages'), offering.languages.map(languageName).join(', ')] as [
            string,
            string,
          ],
        ]
      : []),
    ...(offering.themes.length > 0
      ? [[t('offerings.detail.themes'), offering.themes.join(', ')] as [string, string]]
      : []),
  ];
  return (
    <dl className="offering-facts">
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Dates({ offering }: { offering: PublicOffering }) {
  const { t } = useTranslation();
  return (
    <Section id="dates-heading" title={t('offerings.detail.dates')}>
      {offering.sessions.length === 0 ? (
        <Text>{t('offerings.detail.noDates')}</Text>
      ) : (
        <ul className="plain-list">
          {offering.sessions.map((session) => (
            <li key={`${session.startsAt}`}>
              <Text span className={session.cancelled ? 'session-cancelled' : undefined}>
                {formatSession(session.startsAt, session.endsAt)}
              </Text>
              {session.cancelled && (
                <Text span fw={700} c="red.9">
                  {' '}
                  – {t('offerings.detail.cancelledDate')}
                </Text>
              )}
              {session.moved && !session.cancelled && (
                <Text span fw={700}>
                  {' '}
                  ({t('offerings.detail.movedDate')})
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button component="a" href={offering.calendarUrl} download variant="filled">
          {t('offerings.detail.addToCalendar')}
        </Button>
        <Text size="sm" c="dimmed" mt={4}>
          {t('offerings.detail.calendarHint')}
        </Text>
      </div>
    </Section>
  );
}

function PlaceAndAccess({ offering }: { offering: PublicOffering }) {
  const { t } = useTranslation();
  const address = formatAddress(offering.place);
  return (
    <Section id="place-heading" title={t('offerings.detail.place')}>
      {offering.place.name || address ? (
        <Text style={{ whiteSpace: 'pre-line' }}>
          {[offering.place.name, address, offering.place.districtName].filter(Boolean).join('\n')}
        </Text>
      ) : (
        <Text>{t('offerings.detail.noPlace')}</Text>
      )}
      <Title order={3} size="h5">
        {t('offerings.detail.accessibility')}
      </Title>
      {offering.accessibility.length > 0 || offering.accessibilityNote ? (
        <>
          {offering.accessibility.length > 0 && (
            <ul>
              {offering.accessibility.map((key) => (
                <li key={key}>{labelOf(t, 'directory.accessibility', key)}</li>
              ))}
            </ul>
          )}
          {offering.accessibilityNote && <Text>{offering.accessibilityNote}</Text>}
        </>
      ) : (
        <Text>{t('offerings.detail.noAccessibility')}</Text>
      )}
    </Section>
  );
}

function FeeAndRegistration({ offering }: { offering: PublicOffering }) {
  const { t } = useTranslation();
  const { registration } = offering;
  const missing = null;
  return (
    <Section id="registration-heading" title={t('offerings.detail.registration')}>
      <Text>
        <strong>{t('offerings.detail.fee')}:</strong> {formatFee(t, offering.feeCents)}
        {offering.reducedFeeCents !== null &&
          `, ${t('offerings.detail.reduced', { amount: formatMoney(offering.reducedFeeCents) })}`}
      </Text>
      {offering.feeNote && <Text>{offering.feeNote}</Text>}
      {registration.mode === 'none' && <Text>{t('offerings.detail.registrationNone')}</Text>}
      {registration.mode === 'phone_email' && (
        <Stack gap={4}>
          <Text>{t('offerings.detail.registrationPhoneEmail')}</Text>
          {registration.phone && (
            <Text>
              {t('offerings.detail.phone')}: <PhoneLink phone={registration.phone} missing={missing} />
            </Text>
          )}
          {registration.email && (
            <Text>
              {t('offerings.detail.email')}: <EmailLink email={registration.email} missing={missing} />
            </Text>
          )}
        </Stack>
      )}
      {registration.mode === 'online' && (
        <Text>
          {t('offerings.detail.registrationOnline')} <WebsiteLink url={registration.url} missing={missing} />
        </Text>
      )}
      {registration.capacity !== null && (
        <Text>{t('offerings.detail.capacity', { count: registration.capacity })}</Text>
      )}
      {registration.waitlistCount !== null && registration.waitlistCount > 0 && (
        <Text>{t('offerings.detail.waitlist', { count: registration.waitlistCount })}</Text>
      )}
      {registration.note && <Text>{registration.note}</Text>}
    </Section>
  );
}

function OfferingView({ offering }: { offering: PublicOffering }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" className="offering-page">
      {/* schema.org Event for search engines: a data block, never executed (the CSP allows it). */}
      <script type="application/ld+json">{JSON.stringify(eventJsonLd(offering))}</script>
      <Text size="lg" fw={600}>
        {formatRunBy(t, offering.runBy)}
      </Text>
      {offering.plainDescription && (
        <Paper
          component="section"
          withBorder
          p={{ base: 'md', sm: 'lg' }}
          bg="blue.0"
          aria-labelledby="plain-heading"
        >
          <Title order={2} size="h3" id="plain-heading" mb="xs">
            {t('offerings.detail.plainLanguage')}
          </Title>
          <Text size="lg" style={{ whiteSpace: 'pre-line' }}>
            {offering.plainDescription}
          </Text>
        </Paper>
      )}
      <section aria-labelledby="facts-heading">
        <Title order={2} size="h3" id="facts-heading" mb="xs">
          {t('offerings.detail.facts')}
        </Title>
        <Facts offering={offering} />
      </section>
      {offering.description && (
        <section aria-labelledby="description-heading">
          <Title order={2} size="h3" id="description-heading" mb="xs">
            {t('offerings.detail.description')}
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{offering.description}</Text>
        </section>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Dates offering={offering} />
        <Stack gap="lg">
          <PlaceAndAccess offering={offering} />
          <FeeAndRegistration offering={offering} />
        </Stack>
      </SimpleGrid>
      <Section id="run-by-heading" title={t('offerings.detail.runByHeading')}>
        <ul className="plain-list">
          <li>
            <Text fw={600}>{offering.runBy.lead.name}</Text>
          </li>
          {offering.runBy.with.map((organization) => (
            <li key={organization.id}>
              <Text>{organization.name}</Text>
            </li>
          ))}
        </ul>
      </Section>
    </Stack>
  );
}

export function PublicOfferingPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const offering = usePublicOffering(id);
  const back = (
    <AnchorLink to="/angebote" search={lastFinderSearch()} size="sm">
      {t('offerings.detail.back')}
    </AnchorLink>
  );
  return (
    <QueryView
      query={offering}
      notFound={<Text>{t('offerings.detail.notFound')}</Text>}
      frame={(content) => (
        <Page title={t('offerings.finder.title')} eyebrow={back}>
          {content}
        </Page>
      )}
    >
      {(data) => (
        <Page
          title={data.title}
          documentTitle={t('offerings.detail.documentTitle', { title: data.title })}
          eyebrow={
            <Group gap="md" mb={4}>
              {back}
            </Group>
          }
        >
          <OfferingView offering={data} />
        </Page>
      )}
    </QueryView>
  );
}
