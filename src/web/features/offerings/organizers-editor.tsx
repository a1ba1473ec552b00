import { Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { OfferingFormValues } from './form-model';
import { type OfferingOptions, responsibilityKeys } from './types';

interface Props {
  form: UseFormReturnType<OfferingFormValues>;
  organizations: OfferingOptions['organizations'];
}

/** Co-organisers with their responsibilities (the matrix, one organisation per block; works at 375 px). */
export function OrganizersEditor({ form, organizations }: Props) {
  const { t } = useTranslation();
  const nameOf = (id: string) =>
    organizations.find((o) => o.id === id)?.name ?? t('offerings.form.organization');
  const error = form.errors.organizers;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('offerings.form.organizersHint')}</Text>
      {form.values.organizers.map((organizer, index) => {
        const name = nameOf(organizer.organizationId);
        const chosenElsewhere = new Set(
          form.values.organizers.filter((_, other) => other !== index).map((o) => o.organizationId),
        );
        return (
          <Paper key={form.key(`organizers.${index}`)} withBorder p="sm">
            <Stack gap="sm">
              <Group align="flex-end" gap="sm">
                <Select
                  label={t('offerings.form.organization')}
                  placeholder={t('offerings.form.chooseOrganization')}
                  searchable
                  allowDeselect={false}
                  nothingFoundMessage="–"
                  data={organizations
                    .filter((o) => !chosenElsewhere.has(o.id))
                    .map((o) => ({ value: o.id, label: o.name }))}
                  style={{ flex: '1 1 16rem' }}
                  {...form.getInputProps(`organizers.${index}.organizationId`)}
                />
                {form.values.organizers.length > 1 && (
                  <Button
                    variant="default"
                    color="red"
                    onClick={() => form.removeListItem('organizers', index)}
                    aria-label={t('offerings.form.removeOrganizer', { name })}
                  >
                    ✕
                  </Button>
                )}
              </Group>
              <Checkbox.Group
                label={t('offerings.form.responsibilitiesOf', { name })}
                {...form.getInputProps(`organizers.${index}.responsibilities`)}
              >
                <Group gap="md" mt={6}>
                  {responsibilityKeys.map((key) => (
                    <Checkbox key={key} value={key} label={t(`offerings.responsibility.${key}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
              <TextInput
                label={t('offerings.form.otherResponsibilities', { name })}
                maxLength={300}
                {...form.getInputProps(`organizers.${index}.otherResponsibilities`)}
              />
            </Stack>
          </Paper>
        );
      })}
      {error && (
        <Text c="red.8" size="sm" role="alert" fw={600}>
          {error}
        </Text>
      )}
      <div>
        <Button
          variant="default"
          onClick={() =>
            form.insertListItem('organizers', {
              organizationId: '',
              responsibilities: [],
              otherResponsibilities: '',
            })
          }
        >
          {t('offerings.form.addOrganizer')}
        </Button>
      </div>
    </Stack>
  );
}
