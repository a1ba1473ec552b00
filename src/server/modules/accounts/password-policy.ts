import { AppError } from '../../http/errors';
import type { MessageKey } from '../../http/i18n';

/**
 * The one rule for new passwords (ASVS 6.2): long enough, not on a list of common and breached passwords, no
 * repetition or keyboard sequence, nothing of the person's e-mail address and not the app's name. Every path
 * that sets a password asks it: accepting an invitation, and better-auth's change and reset (password-reset.ts).
 * Existing passwords are not checked again: the demo accounts keep signing in with `familiennetz-demo`.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const passwordLimits = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

const APP_NAME = 'familiennetz';
// Shorter parts of an e-mail's local part ("al", "neu") are too common in good passwords to refuse them.
const MIN_NAME_PART = 4;
// Fewer different characters than this is a repetition such as "abababababab" or "123123123123".
const MIN_DISTINCT_CHARACTERS = 5;
const SEQUENCES = [
  '0123456789',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertzuiopüasdfghjklöäyxcvbnm',
  'qwertyuiopasdfghjklzxcvbnm',
];

export type PasswordProblem = Extract<MessageKey, `password.${string}`>;

let commonPasswords: Promise<Set<string>> | undefined;

/**
 * zxcvbn-ts's list of 49,233 common passwords (MIT; ranked from breach corpora), loaded on first use (~35 ms) so
 * that starting the server does not pay for it, and kept in a Set.
 */
function loadCommonPasswords(): Promise<Set<string>> {
  commonPasswords ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase())),
  );
  return commonPasswords;
}

// A listed word with digits or symbols around it ("monkey123456!") is guessed right after the word itself.
function isCommon(list: Set<string>, password: string): boolean {
  const core = password.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return list.has(password) || (core.length >= MIN_NAME_PART && list.has(core));
}

function isSimple(password: string): boolean {
  if (new Set(password).size < MIN_DISTINCT_CHARACTERS) return true;
  return SEQUENCES.some((sequence) => {
    const run = sequence.repeat(Math.ceil(password.length / sequence.length) + 1);
    return run.includes(password) || [...run].reverse().join('').includes(password);
  });
}

function containsEmail(password: string, email: string | undefined): boolean {
  const local = email?.split('@')[0]?.toLowerCase();
  if (!local) return false;
  const parts = [local, ...local.split(/[^\p{L}\p{N}]+/u)].filter((part) => part.length >= MIN_NAME_PART);
  return password === local || parts.some((part) => password.includes(part));
}

/** What is wrong with a new password, or null when it may be used. */
export async function findPasswordProblem(
  password: string,
  owner: { email?: string | undefined },
): Promise<PasswordProblem | null> {
  if (password.length < PASSWORD_MIN_LENGTH) return 'password.tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'password.tooLong';
  const normalised = password.normalize('NFKC').toLowerCase();
  if (isCommon(await loadCommonPasswords(), normalised)) return 'password.common';
  if (isSimple(normalised)) return 'password.simple';
  if (containsEmail(normalised, owner.email)) return 'password.containsEmail';
  if (normalised.includes(APP_NAME)) return 'password.containsAppName';
  return null;
}

/** Throws 422 naming `field` when the new password may not be used. */
export async function assertPasswordAllowed(
  password: string,
  owner: { email?: string | undefined },
  field = 'password',
): Promise<void> {
  const problem = await findPasswordProblem(password, owner);
  if (problem) {
    throw new AppError('validation', { errors: [{ path: field, message: problem, params: passwordLimits }] });
  }
}
