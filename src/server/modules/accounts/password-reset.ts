import type { BetterAuthOptions } from 'better-auth';
import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { localeOf, translate } from '../../http/i18n';
import { enqueueEmail } from '../outbox/service';
import { findPasswordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';
import * as repo from './repo';

/** How long a reset link works: long enough for a slow mail server, short enough to be worth little. */
export const PASSWORD_RESET_MINUTES = 30;
/** better-auth error code of a refused new password; auth-routes.ts answers 422 naming the field. */
export const PASSWORD_POLICY_CODE = 'PASSWORD_POLICY';
/** The web app's page behind the link in the e-mail. */
export const RESET_PAGE_PATH = '/passwort-zuruecksetzen';

// better-auth keeps a reset token in `verifications` under this identifier.
const RESET_IDENTIFIER_PREFIX = 'reset-password:';
// better-auth's endpoints that set a new password (`newPassword`); set-password is callable from the server only.
const PASSWORD_SETTING_PATHS = new Set(['/reset-password', '/change-password', '/set-password']);

type PasswordHook = Parameters<typeof createAuthMiddleware>[0];
type HookContext = Parameters<PasswordHook>[0];
interface MailUser {
  id: string;
  name: string;
  email: string;
}

/**
 * better-auth's part of the password rules: its change and reset endpoints ask the same policy as invitations do
 * (a before hook, so server-side calls are checked too), reset tokens are stored hashed and expire after
 * PASSWORD_RESET_MINUTES, a reset ends every session, and the reset e-mail goes through our outbox.
 */
export function passwordAuthOptions(config: Config, db: Database, log: FastifyBaseLogger) {
  return {
    emailAndPassword: {
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      resetPasswordTokenExpiresIn: PASSWORD_RESET_MINUTES * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: ({ user, token }: { user: MailUser; token: string }, request?: Request) =>
        queueResetMail(db, config, user, token, request),
      onPasswordReset: async ({ user }: { user: MailUser }) => {
        log.info({ userId: user.id }, 'password reset by e-mail link');
      },
    },
    // Someone who can read the database must not be able to use the reset links in it.
    verification: {
      storeIdentifier: {
        default: 'plain' as const,
        overrides: { [RESET_IDENTIFIER_PREFIX]: 'hashed' as const },
      },
    },
    hooks: { before: createAuthMiddleware(enforcePasswordPolicy) },
  } satisfies Pick<BetterAuthOptions, 'verification' | 'hooks'> & {
    emailAndPassword: Partial<NonNullable<BetterAuthOptions['emailAndPassword']>>;
  };
}

async function enforcePasswordPolicy(ctx: HookContext): Promise<void> {
  if (!PASSWORD_SETTING_PATHS.has(ctx.path ?? '')) return;
  const password: unknown = ctx.body?.newPassword;
  // Anything but a string is refused by the endpoint's own validation.
  if (typeof password !== 'string') return;
  const owner = await ownerOf(ctx);
  // Without a session the endpoint answers 401; the policy has nobody to speak to yet.
  if (!owner && ctx.path !== '/reset-password') return;
  const problem = await findPasswordProblem(password, { email: owner?.email });
  if (problem) {
    throw new APIError('UNPROCESSABLE_ENTITY', {
      code: PASSWORD_POLICY_CODE,
      message: problem,
      field: 'newPassword',
    });
  }
}

/** Whose password is being set: the reset token's person, or the signed-in one. */
async function ownerOf(ctx: HookContext): Promise<MailUser | undefined> {
  if (ctx.path !== '/reset-password') return (await getSessionFromCtx(ctx))?.user;
  const token: unknown = ctx.body?.token ?? ctx.query?.token;
  if (typeof token !== 'string') return undefined;
  const { internalAdapter } = ctx.context;
  const verification = await internalAdapter.findVerificationValue(`${RESET_IDENTIFIER_PREFIX}${token}`);
  if (!verification) return undefined;
  const user = (await internalAdapter.findUserById(verification.value)) ?? undefined;
  // better-auth would create a first password for someone who signs in by single sign-on only; we never mail
  // them a link (queueResetMail), and a token that exists anyway is refused like an invalid one.
  if (user && !(await internalAdapter.findCredentialAccount(user.id))) {
    throw new APIError('BAD_REQUEST', { code: 'INVALID_TOKEN', message: 'Invalid token' });
  }
  return user;
}

/** The reset e-mail, in the language of the request that asked for it. */
async function queueResetMail(
  db: Database,
  config: Config,
  user: MailUser,
  token: string,
  request?: Request,
) {
  const locale = localeOf({
    headers: { 'accept-language': request?.headers.get('accept-language') ?? undefined },
  });
  const params = { name: user.name, email: user.email, minutes: PASSWORD_RESET_MINUTES };
  if (await repo.hasPassword(db, user.id)) {
    await enqueueEmail(db, {
      to: user.email,
      subject: translate(locale, 'mail.passwordReset.subject'),
      text: translate(locale, 'mail.passwordReset.body', {
        ...params,
        link: `${config.publicUrl}${RESET_PAGE_PATH}/${token}`,
      }),
    });
    return;
  }
  // Single sign-on only: a password of our own would sidestep the account management of the municipality or
  // Träger (someone who leaves there could still sign in here), so the mail points to single sign-on instead.
  await enqueueEmail(db, {
    to: user.email,
    subject: translate(locale, 'mail.passwordSingleSignOn.subject'),
    text: translate(locale, 'mail.passwordSingleSignOn.body', {
      ...params,
      provider: config.oidc?.name ?? 'Single Sign-on',
      link: `${config.publicUrl}/anmelden`,
    }),
  });
}
