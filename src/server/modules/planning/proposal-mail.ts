import type { Executor } from '../../db/client';
import { translate } from '../../http/i18n';
import type { ServiceContext } from '../../service-context';
import { modelNamesOf } from '../cooperations/model-names';
import { enqueueEmail } from '../outbox/service';
import type { ProposalRow } from './policy/proposals';
import { emailOfUser, findProposalRecord, leadEmailsOf } from './proposal-repo';

/** The e-mails of proposals, queued in the caller's transaction (outbox): sent only if the change commits. */

async function paramsOf(ctx: ServiceContext, tx: Executor, id: string) {
  const record = await findProposalRecord(tx, id);
  if (!record) return undefined;
  const { proposal } = record;
  const model = (await modelNamesOf(tx, [proposal.modelId])).get(proposal.modelId ?? '');
  // The pair's cooperation page shows the proposal with its answer buttons; without a relationship yet,
  // the list of cooperations is where the sides look.
  const path = record.cooperationId ? `/kooperationen/${record.cooperationId}` : '/kooperationen';
  return {
    record,
    params: {
      proposer: record.proposer ?? '',
      centre: record.centreName,
      partner: record.partnerName,
      model: (ctx.locale === 'en' ? model?.nameEn : model?.nameDe) ?? '',
      message: proposal.message || '–',
      link: `${ctx.config.publicUrl}${path}`,
    },
  };
}

/** A new proposal goes to the leads and admins of the centre and of the partner. */
export async function mailProposalMade(ctx: ServiceContext, tx: Executor, id: string) {
  const found = await paramsOf(ctx, tx, id);
  if (!found) return;
  const { proposal } = found.record;
  for (const to of await leadEmailsOf(tx, [proposal.centreId, proposal.partnerId])) {
    await enqueueEmail(tx, {
      to,
      subject: translate(ctx.locale, 'planning.proposals.mail.made.subject', found.params),
      text: translate(ctx.locale, 'planning.proposals.mail.made.text', found.params),
    });
  }
}

/** An answer goes to the planner who proposed and to the leads of the side that did not answer. */
export async function mailProposalAnswered(
  ctx: ServiceContext,
  tx: Executor,
  row: ProposalRow,
  answer: { answer: 'accepted' | 'declined'; sides: ('centre' | 'partner')[] },
) {
  const found = await paramsOf(ctx, tx, row.id);
  if (!found) return;
  const others = [
    ...(answer.sides.includes('centre') ? [] : [row.centreId]),
    ...(answer.sides.includes('partner') ? [] : [row.partnerId]),
  ];
  const recipients = new Set(await leadEmailsOf(tx, others));
  const planner = await emailOfUser(tx, row.createdBy);
  if (planner) recipients.add(planner);
  const params = {
    ...found.params,
    side: answer.sides.includes('centre') ? found.params.centre : found.params.partner,
  };
  for (const to of recipients) {
    await enqueueEmail(tx, {
      to,
      subject: translate(ctx.locale, `planning.proposals.mail.${answer.answer}.subject`, params),
      text: translate(ctx.locale, `planning.proposals.mail.${answer.answer}.text`, params),
    });
  }
}
