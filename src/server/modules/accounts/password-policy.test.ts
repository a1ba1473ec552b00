import { describe, expect, it } from 'vitest';
import { findPasswordProblem } from './password-policy';

const owner = { email: 'nora.neumann@fz-sonnenblume.example' };

describe('password policy', () => {
  it.each([
    ['1234567890', 'password.tooShort'],
    ['aaaaaaaaaa', 'password.tooShort'],
    ['kurz-genug?', 'password.tooShort'],
    ['x'.repeat(129), 'password.tooLong'],
    // On the list of common and breached passwords, whatever the case.
    ['123456789012', 'password.common'],
    ['Password1234', 'password.common'],
    // A listed password with digits or symbols around it is no better.
    ['monkey123456!', 'password.common'],
    // Repetitions and sequences of the keyboard or the alphabet.
    ['aaaaaaaaaaaa', 'password.simple'],
    ['abababababab', 'password.simple'],
    ['abcdefghijklm', 'password.simple'],
    ['qwertzuiopüa', 'password.simple'],
    ['0987654321098', 'password.simple'],
    // The e-mail's local part, or a name from it, and the app's name.
    ['nora.neumann@fz', 'password.containsEmail'],
    ['neumann-sagt-hallo', 'password.containsEmail'],
    ['Familiennetz-2024!', 'password.containsAppName'],
    ['familiennetz-demo', 'password.containsAppName'],
  ])('refuses %s (%s)', async (password, problem) => {
    expect(await findPasswordProblem(password, owner)).toBe(problem);
  });

  it.each([
    'ein-langes-passwort',
    'Kaffee mit Milch am Morgen',
    'Tr4um-Haus-an-der-Ruhr',
    // Short parts of the local part ("al") are too common to refuse.
    'alte-linde-am-markt',
  ])('accepts %s', async (password) => {
    expect(await findPasswordProblem(password, { email: 'al.neumann@partner.example' })).toBeNull();
  });

  it('checks without an owner too (the reset link may be unknown)', async () => {
    expect(await findPasswordProblem('ein-langes-passwort', {})).toBeNull();
    expect(await findPasswordProblem('123456789012', {})).toBe('password.common');
  });
});
