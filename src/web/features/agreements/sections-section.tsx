import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../components/problem-alert';
import { ChildProtectionChecks } from './child-protection';
import { SectionComments } from './comments';
import { useComments, useUpdateAgreement } from './queries';
import { ServicesMatrix } from './services-matrix';
import { type Agreement, type Comment, type SectionKey, sectionKeys, type VersionContent } from './types';
import { WriteAlert } from './write-alert';

function SectionEditor({
  agreement,
  sectionKey,
  title,
  initial,
  onDone,
  onReload,
}: {
  agreement: Agreement;
  sectionKey: SectionKey;
  title: string;
  initial: string;
  onDone: (saved: boolean) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateAgreement(agreement.id);
  const [text, setText] = useState(initial);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          { version: agreement.version, sections: { [sectionKey]: text } },
          { onSuccess: () => onDone(true) },
        );
      }}
    >
      <Stack gap="xs">
        <WriteAlert
          error={update.error}
          onReload={() => {
            update.reset();
            onReload();
            onDone(false);
          }}
        />
        <Textarea
          label={title}
          autosize
          minRows={4}
          maxRows={20}
          value={text}
          data-autofocus
          autoFocus
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <Group gap="xs">
          <Button type="submit" loading={update.isPending}>
            {t('agreements.sections.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            {t('agreements.sections.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SectionBlock({
  agreement,
  content,
  sectionKey,
  number,
  comments,
  onReload,
  children,
}: {
  agreement: Agreement;
  content: VersionContent;
  sectionKey: SectionKey;
  number: number;
  comments: Comment[];
  onReload: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const title = t(`agreements.section.${sectionKey}`);
  const headingId = `section-${sectionKey}`;
  const text = content.sections[sectionKey];
  return (
    <section aria-labelledby={headingId} className="agreement-section">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={headingId}>
            {number}. {title}
          </Title>
          {agreement.permissions.edit && !editing && (
            <Button
              ref={editButton}
              variant="default"
              size="compact-sm"
              aria-label={t('agreements.sections.editSection', { section: title })}
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('agreements.sections.edit')}
            </Button>
          )}
        </Group>
        {saved && <StatusMessage>{t('agreements.sections.saved', { section: title })}</StatusMessage>}
        {editing ? (
          <SectionEditor
            agreement={agreement}
            sectionKey={sectionKey}
            title={title}
            initial={text}
            onReload={onReload}
            onDone={(didSave) => {
              setEditing(false);
              setSaved(didSave);
              // The editor is gone: the keyboard's place returns to the button that opened it.
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        ) : text.trim() ? (
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{text}</Text>
        ) : (
          <Text c="dimmed">{t('agreements.sections.empty')}</Text>
        )}
        {children}
        <SectionComments
          agreementId={agreement.id}
          version={agreement.version}
          section={sectionKey}
          sectionTitle={title}
          comments={comments}
          canComment={agreement.permissions.comment}
          canResolve={agreement.permissions.resolveComment}
        />
      </Stack>
    </section>
  );
}

/** The agreement's text in its fixed order; the services matrix and the child-protection checks sit in their sections. */
export function SectionsSection({
  agreement,
  content,
  onReload,
}: {
  agreement: Agreement;
  content: VersionContent;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const comments = useComments(agreement.id, true);
  const commentsOf = (key: string) =>
    (comments.data ?? []).filter((c) => c.section === key && c.versionNumber === content.number);
  const signedNow = ['signed', 'active', 'review_due'].includes(agreement.status);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="content-heading">
      <Stack gap="lg">
        <Title order={2} size="h3" id="content-heading">
          {t('agreements.sections.heading')} · {t('agreements.detail.version', { number: content.number })}
        </Title>
        {agreement.permissions.edit && signedNow && (
          <Text size="sm">{t('agreements.detail.signedEditHint')}</Text>
        )}
        {sectionKeys.map((key, index) => (
          <SectionBlock
            key={key}
            agreement={agreement}
            content={content}
            sectionKey={key}
            number={index + 1}
            comments={commentsOf(key)}
            onReload={onReload}
          >
            {key === 'services' && (
              <ServicesMatrix agreement={agreement} content={content} onReload={onReload} />
            )}
            {key === 'childProtection' && (
              <ChildProtectionChecks agreement={agreement} content={content} onReload={onReload} />
            )}
          </SectionBlock>
        ))}
      </Stack>
    </Paper>
  );
}
