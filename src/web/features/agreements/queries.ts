import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type {
  Agreement,
  AgreementCreate,
  AgreementListQuery,
  AgreementPatch,
  AgreementStatus,
  CommentSection,
  FrameworkCreate,
  SignatureCreate,
  TemplateCreate,
  TemplatePatch,
} from './types';

export const agreementKeys = {
  all: ['agreements'] as const,
  list: (query: AgreementListQuery) => ['agreements', 'list', query] as const,
  attention: (scope: { organizationId?: string; municipalityId?: string }) =>
    ['agreements', 'attention', scope] as const,
  detail: (id: string) => ['agreements', 'detail', id] as const,
  comments: (id: string) => ['agreements', 'detail', id, 'comments'] as const,
  signatures: (id: string) => ['agreements', 'detail', id, 'signatures'] as const,
  versions: (id: string) => ['agreements', 'detail', id, 'versions'] as const,
  diff: (id: string, from: number, to: number) => ['agreements', 'detail', id, 'diff', from, to] as const,
  templates: ['agreement-templates'] as const,
  template: (id: string) => ['agreement-templates', id] as const,
};

export function useAgreements(query: AgreementListQuery) {
  return useQuery({
    queryKey: agreementKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/agreements', { params: { query: { limit: 100, ...query } } })),
    placeholderData: keepPreviousData,
  });
}

export function useAttention(scope: { organizationId?: string; municipalityId?: string }) {
  return useQuery({
    queryKey: agreementKeys.attention(scope),
    queryFn: () => unwrap(api.GET('/api/v1/agreements/attention', { params: { query: scope } })),
    enabled: Boolean(scope.organizationId || scope.municipalityId),
  });
}

export function useAgreement(id: string) {
  return useQuery({
    queryKey: agreementKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/agreements/{id}', { params: { path: { id } } })),
  });
}

const templateListQuery = {
  queryKey: agreementKeys.templates,
  queryFn: () => unwrap(api.GET('/api/v1/agreement-templates')),
  staleTime: 5 * 60_000,
};

export function useTemplates() {
  return useQuery({ ...templateListQuery, select: (list) => list.items });
}

/** The templates with the organisations the user may keep own templates for (`owners`). */
export function useTemplateList() {
  return useQuery(templateListQuery);
}

export function useTemplate(id: string) {
  return useQuery({
    queryKey: agreementKeys.template(id),
    queryFn: () => unwrap(api.GET('/api/v1/agreement-templates/{id}', { params: { path: { id } } })),
  });
}

export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TemplateCreate) => unwrap(api.POST('/api/v1/agreement-templates', { body })),
    onSuccess: (template) => {
      queryClient.setQueryData(agreementKeys.template(template.id), template);
      void queryClient.invalidateQueries({ queryKey: agreementKeys.templates, exact: true });
    },
  });
}

export function useUpdateTemplate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TemplatePatch) =>
      unwrap(api.PATCH('/api/v1/agreement-templates/{id}', { params: { path: { id } }, body })),
    onSuccess: (template) => {
      queryClient.setQueryData(agreementKeys.template(id), template);
      void queryClient.invalidateQueries({ queryKey: agreementKeys.templates, exact: true });
    },
  });
}

/** After any change the agreement's record, its lists and its sub-resources are read anew. */
function useAgreementWrite<I>(id: string, call: (input: I) => Promise<Agreement>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (agreement) => {
      queryClient.setQueryData(agreementKeys.detail(id), agreement);
      void queryClient.invalidateQueries({ queryKey: ['agreements', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['agreements', 'attention'] });
      void queryClient.invalidateQueries({ queryKey: agreementKeys.versions(id) });
      void queryClient.invalidateQueries({ queryKey: agreementKeys.signatures(id) });
    },
  });
}

export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AgreementCreate) => unwrap(api.POST('/api/v1/agreements', { body })),
    onSuccess: (agreement) => {
      queryClient.setQueryData(agreementKeys.detail(agreement.id), agreement);
      void queryClient.invalidateQueries({ queryKey: ['agreements', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['agreements', 'attention'] });
    },
  });
}

export function useUpdateAgreement(id: string) {
  return useAgreementWrite(id, (body: AgreementPatch) =>
    unwrap(api.PATCH('/api/v1/agreements/{id}', { params: { path: { id } }, body })),
  );
}

export function useTransition(id: string) {
  return useAgreementWrite(id, (body: { version: number; to: AgreementStatus; note?: string }) =>
    unwrap(api.POST('/api/v1/agreements/{id}/transitions', { params: { path: { id } }, body })),
  );
}

export function useSharing(id: string) {
  return useAgreementWrite(id, (body: { version: number; sharedWithYouthOffice: boolean }) =>
    unwrap(api.PUT('/api/v1/agreements/{id}/sharing', { params: { path: { id } }, body })),
  );
}

export function useComments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: agreementKeys.comments(id),
    queryFn: () => unwrap(api.GET('/api/v1/agreements/{id}/comments', { params: { path: { id } } })),
    select: (list) => list.items,
    enabled,
  });
}

export function useAddComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; section: CommentSection; body: string }) =>
      unwrap(api.POST('/api/v1/agreements/{id}/comments', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementKeys.comments(id) }),
  });
}

export function useResolveComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ commentId, version }: { commentId: string; version: number }) =>
      unwrap(
        api.POST('/api/v1/agreements/{id}/comments/{commentId}/resolve', {
          params: { path: { id, commentId } },
          body: { version },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementKeys.comments(id) }),
  });
}

export function useSignatures(id: string, enabled: boolean) {
  return useQuery({
    queryKey: agreementKeys.signatures(id),
    queryFn: () => unwrap(api.GET('/api/v1/agreements/{id}/signatures', { params: { path: { id } } })),
    select: (list) => list.items,
    enabled,
  });
}

export function useSign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignatureCreate) =>
      unwrap(api.POST('/api/v1/agreements/{id}/signatures', { params: { path: { id } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: agreementKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: ['agreements', 'list'] });
    },
  });
}

export function useVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: agreementKeys.versions(id),
    queryFn: () => unwrap(api.GET('/api/v1/agreements/{id}/versions', { params: { path: { id } } })),
    select: (list) => list.items,
    enabled,
  });
}

export function useVersionDiff(id: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: agreementKeys.diff(id, from ?? 0, to ?? 0),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/agreements/{id}/versions/{number}/diff', {
          params: { path: { id, number: to ?? 0 }, query: { against: from ?? 0 } },
        }),
      ),
    enabled: from !== null && to !== null && from !== to,
  });
}

export function useCreateFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FrameworkCreate) => unwrap(api.POST('/api/v1/agreements/framework', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementKeys.all }),
  });
}

/** Organisations to choose a partner from (server-side search, so it scales to large municipalities). */
export function useOrganizationSearch(municipalityId: string | undefined, q: string) {
  return useQuery({
    queryKey: ['organizations', 'search', municipalityId ?? '', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: {
            query: { limit: 50, ...(municipalityId ? { municipalityId } : {}), ...(q ? { q } : {}) },
          },
        }),
      ),
    select: (list) => list.items,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useOrganization(id: string | null | undefined) {
  return useQuery({
    queryKey: ['organizations', id ?? ''],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
    staleTime: 60_000,
  });
}

export function useDistricts(municipalityId: string | undefined) {
  return useQuery({
    queryKey: ['municipalities', municipalityId ?? '', 'districts'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/municipalities/{id}/districts', { params: { path: { id: municipalityId ?? '' } } }),
      ),
    select: (list) => list.items,
    enabled: Boolean(municipalityId),
    staleTime: 10 * 60_000,
  });
}
