import './agreements.css';
import { Alert, Button, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { fieldErrorsOf, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useTemplate, useUpdateTemplate } from './queries';
import { type Sections, sectionKeys, type Template, type TemplatePatch } from './types';
import { WriteAlert } from './write-alert';

const route = getRouteApi('/vereinbarungen/vorlagen/$templateId');

function TemplatesBackLink() {
  const { t } = useTranslation();
  return (
    <div className="agreements-page">
      <AnchorLink to="/vereinbarungen/vorlagen" size="sm">
        {t('agreements.templates.back')}
      </AnchorLink>
    </div>
  );
}

function Facts({ template }: { template: Template }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t('agreements.templates.type')}</dt>
      <dd>{t(`agreements.type.${template.type}`)}</dd>
      <dt>{t('agreements.templates.owned')}</dt>
      <dd>{template.owner ? template.owner.name : t('agreements.templates.forAll')}</dd>
      <dt>{t('agreements.templates.revision')}</dt>
      <dd>{template.version}</dd>
    </dl>
  );
}

function Services({ template }: { template: Template }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="template-services-heading">
      <Stack gap="xs">
        <Title order={2} size="h3" id="template-services-heading">
          {t('agreements.templates.servicesHeading')}
        </Title>
        {template.services.length === 0 ? (
          <Text size="sm">{t('agreements.templates.servicesNone')}</Text>
        ) : (
          <ul>
            {template.services.map((service) => (
              <li key={`${service.partyIndex}-${service.service}`}>
                <Text size="sm">
                  {t('agreements.templates.serviceEntry', {
                    number: service.partyIndex + 1,
                    service: service.service,
                  })}
                  {service.frequency ? ` – ${t(`agreements.frequency.${service.frequency}`)}` : ''}
                  {service.place ? ` – ${service.place}` : ''}
                  {service.hoursPerMonth !== null
                    ? ` – ${service.hoursPerMonth} ${t('agreements.services.hours')}`
                    : ''}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </section>
  );
}

/** The clauses as they stand, numbered in print order. */
function ReadOnlySections({ template }: { template: Template }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="template-sections-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="template-sections-heading">
          {t('agreements.templates.sectionsHeading')}
        </Title>
        {sectionKeys.map((key, index) => (
          <section key={key} aria-labelledby={`template-section-${key}`} className="agreement-section">
            <Title order={3} size="h4" id={`template-section-${key}`}>
              {index + 1}. {t(`agreements.section.${key}`)}
            </Title>
            {template.sections[key].trim() ? (
              <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {template.sections[key]}
              </Text>
            ) : (
              <Text c="dimmed">{t('agreements.templates.empty')}</Text>
            )}
          </section>
        ))}
      </Stack>
    </section>
  );
}

/** Edits title, description and clause texts; sends the version it read (409 offers a reload). */
function TemplateEditor({
  template,
  onSaved,
  onReload,
}: {
  template: Template;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateTemplate(template.id);
  const [title, setTitle] = useState(template.title);
  const [description, setDescription] = useState(template.description);
  const [sections, setSections] = useState<Sections>(template.sections);
  const [titleError, setTitleError] = useState<string | undefined>();
  const fields = ['title', 'description', ...sectionKeys.map((key) => `sections.${key}`)];
  const serverErrors = fieldErrorsOf(update.error, fields);
  return (
    <form
      noValidate
      aria-labelledby="template-edit-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const missing = title.trim() ? undefined : t('agreements.templates.titleRequired');
        setTitleError(missing);
        if (missing) return;
        const changed = Object.fromEntries(
          sectionKeys
            .filter((key) => sections[key] !== template.sections[key])
            .map((key) => [key, sections[key]]),
        );
        const body: TemplatePatch = {
          version: template.version,
          ...(title.trim() !== template.title && { title: title.trim() }),
          ...(description !== template.description && { description }),
          ...(Object.keys(changed).length > 0 && { sections: changed }),
        };
        update.mutate(body, { onSuccess: onSaved });
      }}
    >
      <Stack gap="md">
        <Title order={2} size="h3" id="template-edit-heading">
          {t('agreements.templates.editHeading')}
        </Title>
        <Text size="sm">{t('agreements.templates.editHint')}</Text>
        <WriteAlert
          error={update.error}
          shownPaths={Object.keys(serverErrors)}
          onReload={() => {
            update.reset();
            onReload();
          }}
        />
        <TextInput
          label={t('agreements.templates.templateTitle')}
          required
          value={title}
          error={titleError ?? serverErrors.title}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <Textarea
          label={t('agreements.templates.description')}
          autosize
          minRows={2}
          maxRows={8}
          value={description}
          error={serverErrors.description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
        <Title order={3} size="h4">
          {t('agreements.templates.sectionsHeading')}
        </Title>
        {sectionKeys.map((key, index) => (
          <Textarea
            key={key}
            label={`${index + 1}. ${t(`agreements.section.${key}`)}`}
            autosize
            minRows={3}
            maxRows={16}
            value={sections[key]}
            error={serverErrors[`sections.${key}`]}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setSections((current) => ({ ...current, [key]: value }));
            }}
          />
        ))}
        <div>
          <Button type="submit" loading={update.isPending}>
            {t('agreements.templates.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function TemplateView({ template, onReload }: { template: Template; onReload: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  return (
    <>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="sm">
          <Facts template={template} />
          {template.description && <Text>{template.description}</Text>}
        </Stack>
      </Paper>
      {saved && <StatusMessage>{t('agreements.templates.saved')}</StatusMessage>}
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        {template.permissions.edit ? (
          // A new version (own save or reload after a conflict) starts the form from the stored text.
          <TemplateEditor
            key={template.version}
            template={template}
            onSaved={() => setSaved(true)}
            onReload={() => {
              setSaved(false);
              onReload();
            }}
          />
        ) : (
          <Stack gap="md">
            <Alert color="blue" variant="light">
              {template.owner
                ? t('agreements.templates.readOnly')
                : t('agreements.templates.readOnlyBuiltIn')}
            </Alert>
            <ReadOnlySections template={template} />
          </Stack>
        )}
      </Paper>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <Services template={template} />
      </Paper>
    </>
  );
}

export function TemplatePage() {
  const { t } = useTranslation();
  const { templateId } = route.useParams();
  const template = useTemplate(templateId);
  const back = <TemplatesBackLink />;
  return (
    <QueryView
      query={template}
      frame={(content) => (
        <Page title={t('agreements.templates.title')} eyebrow={back}>
          {content}
        </Page>
      )}
    >
      {(data) => (
        <Page
          title={data.title}
          documentTitle={`${data.title} – ${t('agreements.templates.title')}`}
          eyebrow={back}
        >
          <TemplateView template={data} onReload={() => void template.refetch()} />
        </Page>
      )}
    </QueryView>
  );
}
