import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { type WeeklyHoursRow, WeeklyHoursRows } from '../../components/weekly-hours-rows';
import { filterLanguages, kindLabel, languageName, weekdayName } from './format';
import { useKinds, useUpdateProfile } from './queries';
import {
  accessibilityKeys,
  type PartnerProfile,
  type ProfilePatch,
  publicFieldGroups,
  targetGroupKeys,
} from './types';

interface PersonRow {
  key: number;
  name: string;
  role: string;
  phone: string;
  email: string;
}

let nextRowKey = 1;
const rowKey = () => nextRowKey++;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

interface ProfileFormProps {
  data: PartnerProfile;
  onDone: (saved: boolean) => void;
  onReload: () => void;
}

/** Edits a directory profile as a whole; saving also confirms it ("last confirmed" becomes today). */
export function ProfileForm({ data, onDone, onReload }: ProfileFormProps) {
  const { t } = useTranslation();
  const update = useUpdateProfile(data.organization.id);
  const kinds = useKinds();
  const { profile } = data;
  const [kindKeys, setKindKeys] = useState(() => data.kinds.map((kind) => kind.key));
  const [coreMandate, setCoreMandate] = useState(profile.coreMandate ?? '');
  const [hours, setHours] = useState<WeeklyHoursRow[]>(() =>
    profile.openingHours.map((slot) => ({
      key: rowKey(),
      day: String(slot.day),
      from: slot.from,
      to: slot.to,
    })),
  );
  const [languages, setLanguages] = useState(profile.languages);
  const [accessibility, setAccessibility] = useState(profile.accessibility);
  const [targetGroups, setTargetGroups] = useState(profile.targetGroups);
  const [publicFields, setPublicFields] = useState(() =>
    publicFieldGroups.filter((group) => profile.publicFields[group]),
  );
  const [persons, setPersons] = useState<PersonRow[]>(() =>
    data.contactPersons.map((person) => ({
      key: rowKey(),
      name: person.name,
      role: person.role ?? '',
      phone: person.phone ?? '',
      email: person.email ?? '',
    })),
  );
  const [missingName, setMissingName] = useState(false);
  const first = useRef<HTMLTextAreaElement>(null);
  // The button that opened the form is gone: focus goes to the first field.
  useEffect(() => first.current?.focus(), []);
  const conflict = update.error instanceof ApiError && update.error.status === 409;

  const languageOptions = [...new Set([...filterLanguages, ...languages])].map((code) => ({
    value: code,
    label: languageName(code),
  }));
  const dayOptions = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ value: String(day), label: weekdayName(day) }));

  const setPerson = (key: number, patch: Partial<PersonRow>) =>
    setPersons((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (persons.some((person) => person.name.trim() === '')) {
      setMissingName(true);
      return;
    }
    setMissingName(false);
    const patch: ProfilePatch = {
      version: profile.version,
      kindKeys,
      coreMandate: orNull(coreMandate),
      openingHours: hours
        .filter((row) => row.from && row.to)
        .map((row) => ({ day: Number(row.day), from: row.from, to: row.to })),
      languages,
      accessibility: accessibilityKeys.filter((key) => accessibility.includes(key)),
      targetGroups: targetGroupKeys.filter((key) => targetGroups.includes(key)),
      publicFields: {
        address: publicFields.includes('address'),
        contact: publicFields.includes('contact'),
        openingHours: publicFields.includes('openingHours'),
        contactPersons: publicFields.includes('contactPersons'),
      },
      contactPersons: persons.map((person) => ({
        name: person.name.trim(),
        role: orNull(person.role),
        phone: orNull(person.phone),
        email: orNull(person.email),
      })),
    };
    update.mutate(patch, { onSuccess: () => onDone(true) });
  };

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="lg" maw={760}>
        {conflict ? (
          <ProblemAlert error={update.error}>
            <Text size="sm">{t('directory.edit.conflict')}</Text>
            <div>
              <Button variant="default" size="xs" onClick={onReload}>
                {t('directory.edit.reload')}
              </Button>
            </div>
          </ProblemAlert>
        ) : (
          <ProblemAlert error={update.error} />
        )}
        <Textarea
          ref={first}
          label={t('directory.profile.coreMandate')}
          description={t('directory.edit.coreMandateHint')}
          autosize
          minRows={2}
          maxLength={500}
          value={coreMandate}
          onChange={(event) => setCoreMandate(event.currentTarget.value)}
        />
        <MultiSelect
          label={t('directory.profile.kinds')}
          data={(kinds.data ?? []).map((kind) => ({ value: kind.key, label: kindLabel(kind) }))}
          value={kindKeys}
          onChange={setKindKeys}
          searchable
        />
        <Fieldset legend={t('directory.profile.openingHours')}>
          <Stack gap="sm">
            {hours.length === 0 && <Text size="sm">{t('directory.edit.noHours')}</Text>}
            <WeeklyHoursRows
              rows={hours}
              setRows={setHours}
              dayOptions={dayOptions}
              newRow={() => ({ key: rowKey(), day: '1', from: '09:00', to: '12:00' })}
              labels={{
                day: t('directory.edit.day'),
                from: t('directory.edit.from'),
                to: t('directory.edit.to'),
                remove: t('directory.edit.remove'),
                add: t('directory.edit.addHours'),
                removeRow: (number) => t('directory.edit.removeHours', { number }),
              }}
            />
          </Stack>
        </Fieldset>
        <MultiSelect
          label={t('directory.profile.languages')}
          data={languageOptions}
          value={languages}
          onChange={setLanguages}
          searchable
        />
        <Checkbox.Group
          label={t('directory.profile.accessibility')}
          value={accessibility}
          onChange={setAccessibility}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={6}>
            {accessibilityKeys.map((key) => (
              <Checkbox key={key} value={key} label={t(`directory.accessibility.${key}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Checkbox.Group
          label={t('directory.profile.targetGroups')}
          value={targetGroups}
          onChange={setTargetGroups}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={6}>
            {targetGroupKeys.map((key) => (
              <Checkbox key={key} value={key} label={t(`directory.targetGroup.${key}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Fieldset legend={t('directory.profile.contactsHeading')}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('directory.profile.privacyNotice')}
            </Text>
            {persons.map((person, index) => (
              <Stack key={person.key} gap="xs">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                  <TextInput
                    label={t('directory.edit.personName', { number: index + 1 })}
                    required
                    value={person.name}
                    error={
                      missingName && person.name.trim() === '' ? t('directory.edit.nameRequired') : undefined
                    }
                    onChange={(event) => setPerson(person.key, { name: event.currentTarget.value })}
                  />
                  <TextInput
                    label={t('directory.edit.personRole', { number: index + 1 })}
                    value={person.role}
                    onChange={(event) => setPerson(person.key, { role: event.currentTarget.value })}
                  />
                  <TextInput
                    type="tel"
                    label={t('directory.edit.personPhone', { number: index + 1 })}
                    value={person.phone}
                    onChange={(event) => setPerson(person.key, { phone: event.currentTarget.value })}
                  />
                  <TextInput
                    type="email"
                    label={t('directory.edit.personEmail', { number: index + 1 })}
                    value={person.email}
                    onChange={(event) => setPerson(person.key, { email: event.currentTarget.value })}
                  />
                </SimpleGrid>
                <div>
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() =>
                      setPersons((rows) => rows.filter((candidate) => candidate.key !== person.key))
                    }
                  >
                    {t('directory.edit.removePerson', { name: person.name || index + 1 })}
                  </Button>
                </div>
              </Stack>
            ))}
            <div>
              <Button
                variant="default"
                size="xs"
                onClick={() =>
                  setPersons((rows) => [...rows, { key: rowKey(), name: '', role: '', phone: '', email: '' }])
                }
              >
                {t('directory.edit.addPerson')}
              </Button>
            </div>
          </Stack>
        </Fieldset>
        <Checkbox.Group
          label={t('directory.edit.publicFields')}
          description={t('directory.edit.publicFieldsHint')}
          value={publicFields}
          onChange={(values) => setPublicFields(publicFieldGroups.filter((group) => values.includes(group)))}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={6}>
            {publicFieldGroups.map((group) => (
              <Checkbox key={group} value={group} label={t(`directory.edit.publicField.${group}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Text size="sm">{t('directory.edit.savingConfirms')}</Text>
        <Group gap="sm">
          <Button type="submit" loading={update.isPending}>
            {t('directory.edit.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            {t('directory.edit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
