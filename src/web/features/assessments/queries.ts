import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Assessment, AssessmentCreate, AssessmentUpdate, QuestionsUpdate } from './types';

export const assessmentKeys = {
  all: ['assessments'] as const,
  ofCooperation: (cooperationId: string) => ['assessments', 'cooperation', cooperationId] as const,
  one: (id: string) => ['assessments', 'one', id] as const,
  questions: (organizationId: string) => ['assessment-questions', organizationId] as const,
};

/** The caller's assessments of a cooperation, with the sides the caller belongs to. */
export function useCooperationAssessments(cooperationId: string) {
  return useQuery({
    queryKey: assessmentKeys.ofCooperation(cooperationId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/assessments', { params: { query: { cooperationId, limit: 100 } } })),
  });
}

export function useAssessment(id: string | null) {
  return useQuery({
    queryKey: assessmentKeys.one(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/assessments/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
  });
}

function useStoreAssessment() {
  const queryClient = useQueryClient();
  return (assessment: Assessment) => {
    queryClient.setQueryData(assessmentKeys.one(assessment.id), assessment);
    void queryClient.invalidateQueries({ queryKey: assessmentKeys.ofCooperation(assessment.cooperationId) });
    // The cooperation's pages show the decisions.
    void queryClient.invalidateQueries({ queryKey: ['cooperations'] });
  };
}

export function useCreateAssessment() {
  const store = useStoreAssessment();
  return useMutation({
    mutationFn: (body: AssessmentCreate) => unwrap(api.POST('/api/v1/assessments', { body })),
    onSuccess: store,
  });
}

export function useUpdateAssessment(id: string) {
  const store = useStoreAssessment();
  return useMutation({
    mutationFn: (body: AssessmentUpdate) =>
      unwrap(api.PUT('/api/v1/assessments/{id}', { params: { path: { id } }, body })),
    onSuccess: store,
  });
}

export function useQuestions(organizationId: string) {
  return useQuery({
    queryKey: assessmentKeys.questions(organizationId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/assessment-questions', {
          params: { path: { id: organizationId } },
        }),
      ),
  });
}

export function useUpdateQuestions(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QuestionsUpdate) =>
      unwrap(
        api.PUT('/api/v1/organizations/{id}/assessment-questions', {
          params: { path: { id: organizationId } },
          body,
        }),
      ),
    onSuccess: (questions) => {
      queryClient.setQueryData(assessmentKeys.questions(organizationId), questions);
      void queryClient.invalidateQueries({ queryKey: ['assessments', 'one'] });
    },
  });
}
