import './agreements.css';
import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { BackLink } from './components';
import { useCreateTemplate, useTemplateList } from './queries';
import type { Template, TemplateList } from './types';

type Owner = TemplateList['owners'][number];

/** Copies an instance template as an own template of one of the user's organisations, then opens it. */
function CopyForm({
  template,
  owners,
  onCancel,
}: {
  template: Template;
  owners: Owner[];
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateTemplate();
  const [ownerId, setOwnerId] = useState(owners[0]?.id ?? '');
  const ownerName = owners.find((o) => o.id === ownerId)?.name ?? '';
  const [title, setTitle] = useState(() =>
    t('agreements.templates.copyTitleDefault', { title: template.title, owner: owners[0]?.name ?? '' }),
  );
  const [titleError, setTitleError] = useState<string | undefined>();
  const serverErrors = fieldErrorsOf(create.error, ['title', 'ownerOrganizationId']);
  const headingId = `copy-${template.id}`;
  return (
    <form
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        const missing = title.trim() ? undefined : t('agreements.templates.titleRequired');
        setTitleError(missing);
        if (missing) return;
        create.mutate(
          {
            ownerOrganizationId: ownerId,
            copyOf: template.id,
            type: template.type,
            title: title.trim(),
            description: template.description,
          },
          {
            onSuccess: (created) =>
              void navigate({
                to: '/vereinbarungen/vorlagen/$templateId',
                params: { templateId: created.id },
              }),
          },
        );
      }}
    >
      <Stack gap="sm" mt="xs">
        <Title order={4} size="h5" id={headingId}>
          {t('agreements.templates.copyHeading', { title: template.title })}
        </Title>
        <ProblemAlert error={create.error} shownPaths={Object.keys(serverErrors)} />
        {owners.length > 1 && (
          <Select
            label={t('agreements.templates.owner')}
            data={owners.map((o) => ({ value: o.id, label: o.name }))}
            value={ownerId}
            allowDeselect={false}
            error={serverErrors.ownerOrganizationId}
            onChange={(value) => {
              if (!value) return;
              const previous = t('agreements.templates.copyTitleDefault', {
                title: template.title,
                owner: ownerName,
              });
              const next = owners.find((o) => o.id === value)?.name ?? '';
              // The suggested title follows the owner until the user writes their own.
              if (title === previous)
                setTitle(t('agreements.templates.copyTitleDefault', { title: template.title, owner: next }));
              setOwnerId(value);
            }}
          />
        )}
        <TextInput
          label={t('agreements.templates.copyTitle')}
          required
          data-autofocus
          autoFocus
          value={title}
          error={titleError ?? serverErrors.title}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        {owners.length === 1 && (
          <Text size="sm">
            {t('agreements.templates.owner')}: {ownerName}
          </Text>
        )}
        <Group gap="xs">
          <Button type="submit" loading={create.isPending}>
            {t('agreements.templates.copySubmit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('agreements.templates.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TemplateEntry({ template, owners }: { template: Template; owners: Owner[] }) {
  const { t } = useTranslation();
  const [copying, setCopying] = useState(false);
  const copyButton = useRef<HTMLButtonElement>(null);
  const canCopy = template.owner === null && owners.length > 0;
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <AnchorLink
          to="/vereinbarungen/vorlagen/$templateId"
          params={{ templateId: template.id }}
          fw={600}
          style={{ overflowWrap: 'anywhere' }}
        >
          {template.title}
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {t(`agreements.type.${template.type}`)} ·{' '}
          {template.owner
            ? t('agreements.templates.ownedBy', { name: template.owner.name })
            : t('agreements.templates.forAll')}
        </Text>
        {template.description && <Text size="sm">{template.description}</Text>}
        {canCopy && !copying && (
          <div>
            <Button
              ref={copyButton}
              variant="default"
              size="compact-sm"
              aria-label={t('agreements.templates.copyFor', { title: template.title })}
              onClick={() => setCopying(true)}
            >
              {t('agreements.templates.copy')}
            </Button>
          </div>
        )}
        {copying && (
          <CopyForm
            template={template}
            owners={owners}
            onCancel={() => {
              setCopying(false);
              requestAnimationFrame(() => copyButton.current?.focus());
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

function TemplateGroup({
  id,
  heading,
  templates,
  owners,
  empty,
}: {
  id: string;
  heading: string;
  templates: Template[];
  owners: Owner[];
  empty: string;
}) {
  return (
    <section aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {heading}
        </Title>
        {templates.length === 0 ? (
          <Text>{empty}</Text>
        ) : (
          <Stack component="ul" gap="xs" className="plain-list" aria-labelledby={id}>
            {templates.map((template) => (
              <TemplateEntry key={template.id} template={template} owners={owners} />
            ))}
          </Stack>
        )}
      </Stack>
    </section>
  );
}

export function TemplatesPage() {
  const { t } = useTranslation();
  const list = useTemplateList();
  return (
    <Page title={t('agreements.templates.title')} eyebrow={<BackLink />}>
      <Text className="agreements-page">{t('agreements.templates.intro')}</Text>
      <QueryView query={list}>
        {(data) => (
          <>
            {data.owners.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('agreements.templates.noOwners')}
              </Text>
            )}
            <TemplateGroup
              id="instance-templates"
              heading={t('agreements.templates.instanceHeading')}
              templates={data.items.filter((x) => x.owner === null)}
              owners={data.owners}
              empty={t('agreements.templates.ownNone')}
            />
            <TemplateGroup
              id="own-templates"
              heading={t('agreements.templates.ownHeading')}
              templates={data.items.filter((x) => x.owner !== null)}
              owners={data.owners}
              empty={t('agreements.templates.ownNone')}
            />
          </>
        )}
      </QueryView>
    </Page>
  );
}
