/**
 * Inside a plan, a line such as "The team already runs two code scanners:" introduces
 * what is in place ("**Scanner**: We use it for …"), not work to come. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import { introducesExisting } from '../../../server/src/analysis/model/action-items/guidance';
import { itemTexts as texts } from './helpers';

describe('action items: what is already in place', () => {
  it('takes no items from the list after a line that says what the project already uses', () => {
    const text = [
      '# Compromised CI action',
      '',
      '## Next steps',
      '',
      '1. Pin every third-party action to a commit.',
      '',
      'Note that the project already uses two scanners in its pipeline:',
      '',
      '- **LintGuard**: We run LintGuard on every pull request.',
      '- **DepWatch**: We rely on DepWatch to flag vulnerable packages.',
      '',
    ].join('\n');
    assert.deepEqual(texts(text), ['Pin every third-party action to a commit.']);
  });

  it('tells such a line from one that leads into work', () => {
    assert.ok(introducesExisting('We already run these checks on every build:'));
    assert.ok(!introducesExisting('We will add these checks to every build:'));
    assert.ok(!introducesExisting('We already run the checks, and this is what we will add.'));
  });
});
