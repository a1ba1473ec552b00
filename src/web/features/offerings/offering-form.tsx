import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import type { OfferingFormValues } from './form-model';
import { validateValues } from './form-model';
import { OrganizersEditor } from './organizers-editor';
import { ScheduleEditor } from './schedule-editor';
import {
  accessibilityKeys,
  type OfferingOptions,
  offeringFormats,
  registrationModes,
  targetGroupKeys,
} from './types';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p={{ base: 'sm', sm: 'lg' }} aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** The server's field paths as the form's (money is euros here, a rule error belongs to the repeat choice). */
function formPathOf(path: string, values: OfferingFormValues): string {
  if (path === 'feeCents') return 'feeEuros';
  if (path === 'reducedFeeCents') return 'reducedFeeEuros';
  if (path.startsWith('organizers')) return 'organizers';
  const rule = path.match(/^schedules\.(\d+)\.rrule$/);
  if (rule && values.schedules[Number(rule[1])]?.repeat !== 'custom') return `schedules.${rule[1]}.repeat`;
  return path;
}

interface Props {
  initialValues: OfferingFormValues;
  organizations: OfferingOptions['organizations'];
  submitLabel: string;
  error: unknown;
  isPending: boolean;
  /** Shown above the form (e.g. "changes need consent again"). */
  notice?: ReactNode;
  /** For a 409: reload the offering; the form then starts from the stored state. */
  onReload?: () => void;
  onSubmit: (values: OfferingFormValues, setServerErrors: (error: unknown) => void) => void;
  onCancel: () => void;
}

export function OfferingForm({
  initialValues,
  organizations,
  submitLabel,
  error,
  isPending,
  notice,
  onReload,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const form = useForm<OfferingFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => validateValues(t, values),
  });
  const conflict = error instanceof ApiError && error.status === 409;
  const shownPaths =
    error instanceof ApiError
      ? (error.problem?.errors ?? [])
          .map((e) => e.path)
          .filter((p) => p in form.errors || formPathOf(p, form.values) in form.errors)
      : [];
  const setServerErrors = (serverError: unknown) => {
    if (!(serverError instanceof ApiError)) return;
    const errors: Record<string, string> = {};
    for (const e of serverError.problem?.errors ?? []) {
      const path = formPathOf(e.path, form.values);
      if (path && !(path in errors)) errors[path] = e.message;
    }
    form.setErrors(errors);
  };
  const mode = form.values.registration.mode;
  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSubmit(values, setServerErrors))}>
      <Stack gap="lg">
        {notice}
        {conflict ? (
          <ProblemAlert error={error}>
            <Text size="sm">{t('offerings.form.conflict')}</Text>
            {onReload && (
              <div>
                <Button variant="default" size="xs" onClick={onReload}>
                  {t('offerings.form.reload')}
                </Button>
              </div>
            )}
          </ProblemAlert>
        ) : (
          <ProblemAlert error={error} shownPaths={shownPaths} />
        )}
        <Section id="form-basics" title={t('offerings.form.basics')}>
          <TextInput
            label={t('offerings.form.title')}
            required
            maxLength={200}
            {...form.getInputProps('title')}
          />
          <NativeSelect
            label={t('offerings.form.format')}
            data={offeringFormats.map((key) => ({ value: key, label: t(`offerings.format.${key}`) }))}
            {...form.getInputProps('format')}
          />
          <Textarea
            label={t('offerings.form.description')}
            autosize
            minRows={3}
            maxLength={5000}
            {...form.getInputProps('description')}
          />
          <Textarea
            label={t('offerings.form.plainDescription')}
            autosize
            minRows={2}
            maxLength={3000}
            {...form.getInputProps('plainDescription')}
          />
          <TextInput
            label={t('offerings.form.themes')}
            description={t('offerings.form.themesHint')}
            {...form.getInputProps('themes')}
          />
        </Section>
        <Section id="form-audience" title={t('offerings.form.audience')}>
          <Checkbox.Group label={t('offerings.form.targetGroups')} {...form.getInputProps('targetGroups')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
              {targetGroupKeys.map((key) => (
                <Checkbox key={key} value={key} label={t(`directory.targetGroup.${key}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <TextInput
              type="number"
              min={0}
              max={27}
              label={t('offerings.form.ageFrom')}
              {...form.getInputProps('ageFrom')}
            />
            <TextInput
              type="number"
              min={0}
              max={27}
              label={t('offerings.form.ageTo')}
              {...form.getInputProps('ageTo')}
            />
            <TextInput
              label={t('offerings.form.languages')}
              description={t('offerings.form.languagesHint')}
              {...form.getInputProps('languages')}
            />
          </SimpleGrid>
        </Section>
        <Section id="form-organizers" title={t('offerings.form.organizers')}>
          <OrganizersEditor form={form} organizations={organizations} />
        </Section>
        <Section id="form-schedule" title={t('offerings.form.schedule')}>
          <ScheduleEditor form={form} />
        </Section>
        <Section id="form-place" title={t('offerings.form.place')}>
          <TextInput
            label={t('offerings.form.placeName')}
            maxLength={200}
            {...form.getInputProps('place.name')}
          />
          <TextInput
            label={t('offerings.form.street')}
            autoComplete="street-address"
            {...form.getInputProps('place.street')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t('offerings.form.postalCode')}
              inputMode="numeric"
              maxLength={5}
              {...form.getInputProps('place.postalCode')}
            />
            <TextInput label={t('offerings.form.city')} {...form.getInputProps('place.city')} />
          </SimpleGrid>
          <Checkbox.Group label={t('offerings.form.accessibility')} {...form.getInputProps('accessibility')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
              {accessibilityKeys.map((key) => (
                <Checkbox key={key} value={key} label={t(`directory.accessibility.${key}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <TextInput
            label={t('offerings.form.accessibilityNote')}
            maxLength={500}
            {...form.getInputProps('accessibilityNote')}
          />
        </Section>
        <Section id="form-fee" title={t('offerings.form.feeSection')}>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t('offerings.form.fee')}
              inputMode="decimal"
              {...form.getInputProps('feeEuros')}
            />
            <TextInput
              label={t('offerings.form.reducedFee')}
              inputMode="decimal"
              {...form.getInputProps('reducedFeeEuros')}
            />
          </SimpleGrid>
          <TextInput label={t('offerings.form.feeNote')} maxLength={500} {...form.getInputProps('feeNote')} />
        </Section>
        <Section id="form-registration" title={t('offerings.form.registrationSection')}>
          <NativeSelect
            label={t('offerings.form.registrationMode')}
            data={registrationModes.map((key) => ({
              value: key,
              label: t(`offerings.form.registrationModes.${key}`),
            }))}
            {...form.getInputProps('registration.mode')}
          />
          {mode === 'phone_email' && (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                type="tel"
                label={t('offerings.form.phone')}
                {...form.getInputProps('registration.phone')}
              />
              <TextInput
                type="email"
                label={t('offerings.form.email')}
                {...form.getInputProps('registration.email')}
              />
            </SimpleGrid>
          )}
          {mode === 'online' && (
            <TextInput
              type="url"
              label={t('offerings.form.url')}
              placeholder="https://"
              {...form.getInputProps('registration.url')}
            />
          )}
          {mode !== 'none' && (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                type="number"
                min={1}
                label={t('offerings.form.capacity')}
                {...form.getInputProps('registration.capacity')}
              />
              <TextInput
                type="number"
                min={0}
                label={t('offerings.form.waitlistCount')}
                {...form.getInputProps('registration.waitlistCount')}
              />
            </SimpleGrid>
          )}
          <TextInput
            label={t('offerings.form.registrationNote')}
            maxLength={500}
            {...form.getInputProps('registration.note')}
          />
        </Section>
        <Section id="form-visibility" title={t('offerings.form.visibility')}>
          <Checkbox
            label={t('offerings.form.isPublic')}
            {...form.getInputProps('isPublic', { type: 'checkbox' })}
          />
          <TextInput
            label={t('offerings.form.sealCriteria')}
            description={t('offerings.form.sealCriteriaHint')}
            {...form.getInputProps('sealCriteria')}
          />
        </Section>
        <Group>
          <Button type="submit" loading={isPending}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('offerings.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
