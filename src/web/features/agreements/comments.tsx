import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { formatDate } from '../../i18n';
import { useAddComment, useResolveComment } from './queries';
import type { Comment, CommentSection } from './types';

function CommentEntry({
  agreementId,
  version,
  comment,
  canResolve,
}: {
  agreementId: string;
  /** The agreement's version shown: the server refuses a resolution based on an older one. */
  version: number;
  comment: Comment;
  canResolve: boolean;
}) {
  const { t } = useTranslation();
  const resolve = useResolveComment(agreementId);
  const date = formatDate(comment.createdAt);
  return (
    <li className="comment">
      <Text size="sm" c="dimmed">
        {comment.organization
          ? t('agreements.comments.by', {
              name: comment.author.name,
              organization: comment.organization.name,
              date,
            })
          : t('agreements.comments.byPerson', { name: comment.author.name, date })}
        {comment.resolvedAt && ` · ${t('agreements.comments.resolved')}`}
      </Text>
      <Text
        size="sm"
        style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
        td={comment.resolvedAt ? 'line-through' : undefined}
      >
        {comment.body}
      </Text>
      {canResolve && !comment.resolvedAt && (
        <Button
          variant="subtle"
          size="compact-sm"
          loading={resolve.isPending}
          onClick={() => resolve.mutate({ commentId: comment.id, version })}
        >
          {t('agreements.comments.resolve')}
        </Button>
      )}
      <ProblemAlert error={resolve.error} />
    </li>
  );
}

/** The review comments on one section, and (while it is under review) a field to add one. */
export function SectionComments({
  agreementId,
  version,
  section,
  sectionTitle,
  comments,
  canComment,
  canResolve,
}: {
  agreementId: string;
  /** The agreement's version shown: comments are on this text. */
  version: number;
  section: CommentSection;
  sectionTitle: string;
  comments: Comment[];
  canComment: boolean;
  canResolve: boolean;
}) {
  const { t } = useTranslation();
  const add = useAddComment(agreementId);
  const [body, setBody] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  const [open, setOpen] = useState(false);
  const serverErrors = fieldErrorsOf(add.error, ['body']);
  if (comments.length === 0 && !canComment) return null;
  return (
    <Stack gap={6} className="section-comments">
      {comments.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {t('agreements.comments.count', { count: comments.length })}
          </Text>
          <ul className="plain-list">
            {comments.map((comment) => (
              <CommentEntry
                key={comment.id}
                agreementId={agreementId}
                version={version}
                comment={comment}
                canResolve={canResolve}
              />
            ))}
          </ul>
        </>
      )}
      {canComment && !open && (
        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-label={t('agreements.comments.writeFor', { section: sectionTitle })}
            onClick={() => {
              setAdded(false);
              setOpen(true);
            }}
          >
            {t('agreements.comments.write')}
          </Button>
          {added && (
            <Text size="sm" role="status">
              {t('agreements.comments.added')}
            </Text>
          )}
        </div>
      )}
      {canComment && open && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setAdded(false);
            if (!body.trim()) {
              setLocalError(t('agreements.comments.bodyRequired'));
              return;
            }
            setLocalError(null);
            add.mutate(
              { version, section, body: body.trim() },
              {
                onSuccess: () => {
                  setBody('');
                  setAdded(true);
                  setOpen(false);
                },
              },
            );
          }}
        >
          <Stack gap={6}>
            <ProblemAlert error={add.error} shownPaths={Object.keys(serverErrors)} />
            <Textarea
              label={t('agreements.comments.add', { section: sectionTitle })}
              autosize
              minRows={1}
              value={body}
              autoFocus
              error={localError ?? serverErrors.body}
              onChange={(event) => setBody(event.currentTarget.value)}
            />
            <Group gap="xs">
              <Button type="submit" variant="default" size="xs" loading={add.isPending}>
                {t('agreements.comments.submit')}
              </Button>
              <Button variant="subtle" size="xs" onClick={() => setOpen(false)}>
                {t('agreements.sections.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
