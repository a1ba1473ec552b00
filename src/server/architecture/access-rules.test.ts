import { describe, expect, it } from 'vitest';
import { namedImports, serverSources, withoutComments } from './source-files';

/**
 * Decision 013: each module's policy.ts decides access, nothing else. Outside policy files no code may
 * use the membership helpers or the decision primitives of src/server/policy.ts, evaluate a rule table,
 * or answer 403 itself.
 */
const POLICY_ONLY = new Set([
  'hasRoleIn',
  'isMemberOf',
  'isPlannerOf',
  'plannedMunicipalities',
  'can',
  'signedIn',
  'allow',
  'openToAll',
  'makeLoader',
  'permissionsFor',
]);

const isPolicyFile = (path: string) => /(^|\/)policy(\/[\w-]+)?\.ts$/.test(path) || path === 'policy.ts';

function accessViolations(files = serverSources()): string[] {
  const violations: string[] = [];
  for (const file of files) {
    if (isPolicyFile(file.path) || file.path === 'http/errors.ts') continue;
    const code = withoutComments(file.text);
    for (const { names, from } of namedImports(code)) {
      if (!/(^|\/)policy$/.test(from) || from.startsWith('./')) continue;
      for (const { name } of names) {
        if (POLICY_ONLY.has(name)) violations.push(`${file.path}: imports ${name} from ${from}`);
      }
    }
    if (/AppError\(\s*'forbidden'|\bforbidden\(\)/.test(code))
      violations.push(`${file.path}: answers 403 itself`);
    for (const match of code.matchAll(/\b(\w+Rules)\.\w+\(/g)) {
      violations.push(`${file.path}: evaluates ${match[1]} outside the policy`);
    }
  }
  return violations;
}

describe('access is decided only in policy files (decision 013)', () => {
  it('no service, repo or route decides access itself', () => {
    expect(accessViolations()).toEqual([]);
  });

  it('the check catches an inline check', () => {
    const inline = {
      path: 'modules/rooms/service.ts',
      module: 'example',
      text: "import { hasRoleIn } from '../../policy';\nif (!hasRoleIn(a, o, ['lead'])) throw new AppError('forbidden');",
    };
    expect(accessViolations([inline])).toEqual([
      'modules/rooms/service.ts: imports hasRoleIn from ../../policy',
      'modules/rooms/service.ts: answers 403 itself',
    ]);
  });
});
