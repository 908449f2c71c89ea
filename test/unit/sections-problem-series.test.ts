/**
 * A report told problem by problem, each under a heading that names it among siblings named alike
 * ("Issue #1", "Issue #2"; "Login issues", "Queue issues"): each such heading tells a cause, even
 * the first, whose prose opens the report. A single heading that names an issue keeps its
 * reading. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { sectionReader } from './helpers/sections';

const { analyse, kindsOf } = sectionReader('postmortems/2031-07-20-game-night.md');

const series = (first: string, second: string) =>
  [
    '# Game night retrospective',
    '',
    `## ${first}`,
    '',
    'Several teams could not sign in for the first hour. The sign-in tokens went out late and some never arrived.',
    '',
    '### Resolution',
    '',
    'We sent the tokens again by hand.',
    '',
    `## ${second}`,
    '',
    'The score checker timed out on two services, so their points stayed at zero for a while.',
    '',
    '### Resolution',
    '',
    'We raised the timeout and scored the missed rounds again.',
    '',
  ].join('\n');

describe('sections: a series of problems', () => {
  it('reads "Issue #1" and "Issue #2" as causes', () => {
    const text = series('Issue #1', 'Issue #2');
    assert.deepEqual(kindsOf(text, 'Issue #1'), ['root-cause']);
    assert.deepEqual(kindsOf(text, 'Issue #2'), ['root-cause']);
  });

  it('reads "Token issues" and "Checker issues" as causes', () => {
    const text = series('Token issues', 'Checker issues');
    assert.deepEqual(kindsOf(text, 'Token issues'), ['root-cause']);
    assert.deepEqual(kindsOf(text, 'Checker issues'), ['root-cause']);
  });

  it('leaves a heading alone when no sibling names the same kind of problem', () => {
    const text = series('Token issues', 'Checker timeouts');
    assert.notDeepEqual(kindsOf(text, 'Token issues'), ['root-cause']);
  });

  it('leaves a heading that names a section as it reads', () => {
    const text = series('Issue summary', 'Issue timeline');
    assert.deepEqual(kindsOf(text, 'Issue summary'), ['summary']);
  });

  it('reads ugly input without failing: bare words, empty sections', () => {
    const text = '# Notes\n\n## Issue\n\n## Issues\n\n## issue\n';
    assert.doesNotThrow(() => analyse(text));
  });
});
