/**
 * The criteria an offering or an agreement counts for, shown on its page (issue 19 §3). Placeholder until
 * its part of issue 19 lands: renders nothing.
 */
export function SealBadges(_props: { offeringId?: string; agreementId?: string }) {
  return null;
}
