/** The certification cycle of a centre or Verbund on /guetesiegel. Placeholder until its part of issue 19 lands. */
export function CycleSection(_props: { subjectId: string }) {
  return null;
}
