import { Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { Organization, OrganizationPatch } from '../../api/types';
import { EmailLink, formatAddress, PhoneLink, WebsiteLink } from '../../components/contact-links';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { useUpdateOrganization } from './queries';

const textFields = ['street', 'postalCode', 'city', 'email', 'phone', 'website', 'description'] as const;
type TextField = (typeof textFields)[number];
const formFields = ['name', ...textFields, 'internalNotes'] as const;

type FormValues = Record<(typeof formFields)[number], string>;

const hasInternalNotes = (organization: Organization) =>
  'internalNotes' in organization && organization.internalNotes !== undefined;

function valuesOf(organization: Organization): FormValues {
  return {
    name: organization.name,
    street: organization.street ?? '',
    postalCode: organization.postalCode ?? '',
    city: organization.city ?? '',
    email: organization.email ?? '',
    phone: organization.phone ?? '',
    website: organization.website ?? '',
    description: organization.description ?? '',
    internalNotes: organization.internalNotes ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Only what changed, with the version it was read at (optimistic concurrency, design.md §4). */
function patchOf(organization: Organization, values: FormValues): OrganizationPatch | null {
  const patch: OrganizationPatch = { version: organization.version };
  let changed = false;
  if (values.name.trim() !== organization.name) {
    patch.name = values.name.trim();
    changed = true;
  }
  for (const field of textFields) {
    const next = orNull(values[field]);
    if (next !== organization[field]) {
      patch[field] = next;
      changed = true;
    }
  }
  if (hasInternalNotes(organization)) {
    const next = orNull(values.internalNotes);
    if (next !== (organization.internalNotes ?? null)) {
      patch.internalNotes = next;
      changed = true;
    }
  }
  return changed ? patch : null;
}

function ProfileFacts({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const missing = (
    <Text span c="dimmed">
      {t('organization.notProvided')}
    </Text>
  );
  const address = formatAddress(organization);
  return (
    <dl className="facts">
      <dt>{t('organization.fields.address')}</dt>
      <dd>{address || missing}</dd>
      <dt>{t('organization.fields.email')}</dt>
      <dd>
        <EmailLink email={organization.email} missing={missing} />
      </dd>
      <dt>{t('organization.fields.phone')}</dt>
      <dd>
        <PhoneLink phone={organization.phone} missing={missing} />
      </dd>
      <dt>{t('organization.fields.website')}</dt>
      <dd>
        <WebsiteLink url={organization.website} missing={missing} />
      </dd>
      <dt>{t('organization.fields.description')}</dt>
      <dd>{organization.description || missing}</dd>
      {hasInternalNotes(organization) && (
        <>
          <dt>{t('organization.fields.internalNotes')}</dt>
          <dd>
            {organization.internalNotes || missing}
            <Text size="sm" c="dimmed">
              {t('organization.internalHint')}
            </Text>
          </dd>
        </>
      )}
    </dl>
  );
}

interface ProfileFormProps {
  organization: Organization;
  onDone: (saved: boolean) => void;
  onReload: () => Promise<Organization | undefined>;
}

function ProfileForm({ organization, onDone, onReload }: ProfileFormProps) {
  const { t } = useTranslation();
  const update = useUpdateOrganization(organization.id);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: valuesOf(organization),
    validate: { name: (value) => (value.trim() ? null : t('organization.validation.nameRequired')) },
  });
  const nameInput = useRef<HTMLInputElement>(null);
  // The button that opened the form is gone: focus goes to the first field.
  useEffect(() => nameInput.current?.focus(), []);
  const conflict = update.error instanceof ApiError && update.error.status === 409;
  const fieldErrors = fieldErrorsOf(update.error, formFields);

  const submit = form.onSubmit((values) => {
    const patch = patchOf(organization, values);
    if (!patch) {
      onDone(false);
      return;
    }
    update.mutate(patch, {
      onSuccess: () => onDone(true),
      onError: (error) => form.setErrors(fieldErrorsOf(error, formFields)),
    });
  });

  const reload = async () => {
    const fresh = await onReload();
    if (fresh) {
      form.setValues(valuesOf(fresh));
      form.resetDirty(valuesOf(fresh));
    }
    update.reset();
  };

  const input = (field: TextField | 'name', extra: { type?: string; autoComplete?: string } = {}) => (
    <TextInput label={t(`organization.fields.${field}`)} {...extra} {...form.getInputProps(field)} />
  );

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md" maw={720}>
        {conflict ? (
          <ProblemAlert error={update.error}>
            <Text size="sm">{t('organization.conflict')}</Text>
            <div>
              <Button variant="default" size="xs" onClick={() => void reload()}>
                {t('organization.reload')}
              </Button>
            </div>
          </ProblemAlert>
        ) : (
          <ProblemAlert error={update.error} shownPaths={Object.keys(fieldErrors)} />
        )}
        <TextInput
          ref={nameInput}
          label={t('organization.fields.name')}
          required
          {...form.getInputProps('name')}
        />
        {input('street', { autoComplete: 'street-address' })}
        <Group grow align="flex-start" wrap="wrap">
          {input('postalCode', { autoComplete: 'postal-code' })}
          {input('city', { autoComplete: 'address-level2' })}
        </Group>
        {input('email', { type: 'email', autoComplete: 'email' })}
        {input('phone', { type: 'tel', autoComplete: 'tel' })}
        {input('website', { type: 'url', autoComplete: 'url' })}
        <Textarea
          label={t('organization.fields.description')}
          autosize
          minRows={3}
          {...form.getInputProps('description')}
        />
        {hasInternalNotes(organization) && (
          <Textarea
            label={t('organization.fields.internalNotes')}
            description={t('organization.internalHint')}
            autosize
            minRows={2}
            {...form.getInputProps('internalNotes')}
          />
        )}
        <Group gap="sm">
          <Button type="submit" loading={update.isPending}>
            {t('organization.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            {t('organization.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface OrganizationProfileProps {
  organization: Organization;
  onReload: () => Promise<Organization | undefined>;
}

export function OrganizationProfile({ organization, onReload }: OrganizationProfileProps) {
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

  // Switching to another organisation closes the form and forgets the last success message.
  useEffect(() => {
    if (organization.id) {
      setEditing(false);
      setSaved(false);
    }
  }, [organization.id]);

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="profile-heading">
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={2} id="profile-heading">
            {t('organization.profileHeading')}
          </Title>
          {organization.permissions.update && !editing && (
            <Button
              ref={editButton}
              variant="light"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('organization.edit')}
            </Button>
          )}
        </Group>
        {saved && <StatusMessage>{t('organization.saved')}</StatusMessage>}
        {editing ? (
          <ProfileForm
            organization={organization}
            onReload={onReload}
            onDone={(wasSaved) => {
              returnFocus.current = true;
              setSaved(wasSaved);
              setEditing(false);
            }}
          />
        ) : (
          <ProfileFacts organization={organization} />
        )}
      </Stack>
    </Paper>
  );
}
