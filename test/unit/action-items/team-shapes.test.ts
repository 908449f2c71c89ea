/**
 * Shapes of action items that teams write and the reader did not know: a status or a lone first
 * name after a dash, "Action:" and "TODO:" lines. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { items, postmortem } from './helpers';

/** The items of an action-item section holding `body`, as [text, owner, done]. */
function read(body: string): [string, string | null, boolean][] {
  return items(postmortem(body)).map((i) => [i.text, i.owner, i.done]);
}

describe('action items: shapes teams write', () => {
  it('a status after a dash is no owner; a done word there marks the item done', () => {
    const got = read(
      [
        '- Add a lock timeout — Done',
        '- Move the scheduler — WIP',
        '- Review the runbook — Blocked',
        '- Add tracing – Open',
        '- Rotate the keys — Cancelled',
        '- Cap the workers — In progress',
        '- Split the queue — Priya Raman',
      ].join('\n'),
    );
    assert.deepEqual(got, [
      ['Add a lock timeout — Done', null, true],
      ['Move the scheduler — WIP', null, false],
      ['Review the runbook — Blocked', null, false],
      ['Add tracing – Open', null, false],
      ['Rotate the keys — Cancelled', null, false],
      ['Cap the workers — In progress', null, false],
      ['Split the queue — Priya Raman', 'Priya Raman', false],
    ]);
  });

  it('a common first name alone after a plain hyphen or in closing parentheses owns the item', () => {
    const got = read(['- Alert on lock age - Devon', '- Cap concurrent workers (Lena)', '- Pin the image - latest', '- Cache the results (Redis)'].join('\n'));
    assert.deepEqual(got, [
      ['Alert on lock age - Devon', 'Devon', false],
      ['Cap concurrent workers (Lena)', 'Lena', false],
      ['Pin the image - latest', null, false],
      ['Cache the results (Redis)', null, false],
    ]);
  });

  it('lines labelled "Action:", "Follow-up:" or "TODO:" in one paragraph are one item each', () => {
    const got = read(
      ['TODO: Add a lock timeout to the scheduler', 'Action: Alert on lock age (owner: Devon)', 'Follow-up: Document the restart procedure'].join('\n'),
    );
    assert.deepEqual(got, [
      ['Add a lock timeout to the scheduler', null, false],
      ['Alert on lock age (owner: Devon)', 'Devon', false],
      ['Document the restart procedure', null, false],
    ]);
  });

  it('a line that continues a labelled line belongs to its item', () => {
    const got = read(['Action: Alert on lock age', 'when a lock is held past ten minutes.', 'Action: Cap concurrent workers'].join('\n'));
    assert.deepEqual(
      got.map((g) => g[0]),
      ['Alert on lock age when a lock is held past ten minutes.', 'Cap concurrent workers'],
    );
  });

  it('"Action:" before a task is an item wherever it stands; before a step told done it is none', () => {
    const doc = (para: string) =>
      `# Queue stall\n\n## Summary\n\nThe queue stalled.\n\n## Lessons learned\n\nLocks need timeouts.\n\n${para}\n\n## Action items\n\n- Cap concurrent workers\n`;
    assert.deepEqual(
      items(doc('Action: Alert on lock age, owner: Devon')).map((i) => [i.text, i.owner]),
      [
        ['Alert on lock age, owner: Devon', 'Devon'],
        ['Cap concurrent workers', null],
      ],
    );
    assert.deepEqual(
      items(doc('Action: Restarted the workers and cleared the lock table.')).map((i) => i.text),
      ['Cap concurrent workers'],
    );
  });

  it('"TODO:" alone is a template prompt, unless an owner, a due date or a ticket marks the task', () => {
    const doc = (para: string) => `# Queue stall\n\n## Summary\n\nThe queue stalled.\n\n## Lessons learned\n\nLocks need timeouts.\n\n${para}\n`;
    assert.deepEqual(items(doc('TODO: List the action items here')), []);
    assert.deepEqual(items(doc('TODO: Add a lock timeout to the scheduler')), []);
    assert.deepEqual(
      items(doc('TODO: Add a lock timeout to the scheduler (owner: Maya Chen, due 2026-04-01)')).map((i) => [i.text, i.owner, i.due]),
      [['Add a lock timeout to the scheduler (owner: Maya Chen, due 2026-04-01)', 'Maya Chen', '2026-04-01']],
    );
    assert.deepEqual(
      read('- TODO: Alert on lock age, see OPS-12\n- TODO').map((g) => g[0]),
      ['TODO: Alert on lock age, see OPS-12'],
    );
  });
});

describe('action items: raw HTML blocks', () => {
  it('the entries of an HTML list in the plan are items, numbered in an <ol>, dropped when struck through', () => {
    const got = items(
      postmortem(
        [
          '<ul>',
          '  <li>Add a lock timeout to the scheduler (owner: Maya Chen)</li>',
          '  <li><del>Alert on lock age</del></li>',
          '  <li>Short term:</li>',
          '</ul>',
          '',
          '<ol><li>Cap concurrent workers &amp; queues</li><li>Should we page earlier?</li></ol>',
        ].join('\n'),
      ),
    );
    assert.deepEqual(
      got.map((i) => [i.text, i.owner, i.done, i.dropped, i.shape]),
      [
        ['Add a lock timeout to the scheduler (owner: Maya Chen)', 'Maya Chen', false, null, 'bullet'],
        ['Alert on lock age', null, false, 'struck through', 'bullet'],
        ['Cap concurrent workers & queues', null, false, null, 'numbered'],
      ],
    );
    const text = postmortem('<ul>\n  <li>Add a lock timeout (owner: Maya Chen)</li>\n</ul>');
    const [item] = items(text);
    assert.equal(text.slice(item.ownerSpan!.start, item.ownerSpan!.end), 'Maya Chen');
    assert.equal(text.slice(item.textSpan.start, item.textSpan.end), 'Add a lock timeout (owner: Maya Chen)');
  });

  it('the rows of an HTML table are items, their columns known by the header cells', () => {
    const text = postmortem(
      [
        '<table>',
        '<tr><th>Task</th><th>Assignee</th><th>Deadline</th><th>Status</th></tr>',
        '<tr><td>Add a lock timeout</td><td>Maya Chen</td><td>2026-04-01</td><td>Done</td></tr>',
        '<tr><td><s>Alert on lock age</s></td><td>Devon Hill</td><td>TBD</td><td></td></tr>',
        '<tr><td>Cap concurrent workers</td><td></td><td>Q3</td><td>In progress</td></tr>',
        '</table>',
      ].join('\n'),
    );
    const got = items(text);
    assert.deepEqual(
      got.map((i) => [i.text, i.owner, i.dueText, i.due, i.done, i.dropped]),
      [
        ['Add a lock timeout', 'Maya Chen', '2026-04-01', '2026-04-01', true, null],
        ['Alert on lock age', 'Devon Hill', null, null, false, 'struck through'],
        ['Cap concurrent workers', null, 'Q3', null, false, null],
      ],
    );
    assert.equal(text.slice(got[0].ownerSpan!.start, got[0].ownerSpan!.end), 'Maya Chen');
  });

  it('item words and cells read every character reference HTML defines; an unknown name stays as written', () => {
    const text = postmortem(
      [
        '<ul>',
        '  <li>Trim the retry budget by &frac12; &ndash; then&nbsp;re-check &lt;lag&gt; &amp; the hook&larrhk; list</li>',
        '  <li>Keep &fakeword; and &amp as typed, &#x2014; and &#39;quoted&#39;</li>',
        '</ul>',
        '',
        '<table>',
        '<tr><th>Task</th><th>Owner</th></tr>',
        '<tr><td>Tune the pool&hellip;</td><td>Ren&eacute;e Hall</td></tr>',
        '</table>',
      ].join('\n'),
    );
    const got = items(text);
    assert.deepEqual(
      got.map((i) => [i.text, i.owner]),
      [
        ['Trim the retry budget by \u00bd \u2013 then re-check <lag> & the hook\u21a9 list', null],
        ["Keep &fakeword; and &amp as typed, \u2014 and 'quoted'", null],
        ['Tune the pool\u2026', 'Ren\u00e9e Hall'],
      ],
    );
    // Spans stay on the source as written.
    assert.equal(text.slice(got[2].ownerSpan!.start, got[2].ownerSpan!.end), 'Ren&eacute;e Hall');
    assert.equal(text.slice(got[0].textSpan.start, got[0].textSpan.start + 5), 'Trim ');
  });

  it('item words are the text between tags: code keeps its words, comments, scripts and attributes holding > are none of them', () => {
    const text = postmortem(
      [
        '<ul>',
        '  <li>Raise <code>max_conn</code> to 50 <!-- was 20 > too low --> (owner: Maya Chen)</li>',
        '  <li><a title="a > b" href="#x">Page</a> the on-call earlier<script>track()</script></li>',
        '  <li>Shorten the <pre><code>retry <b>loop</b></code></pre> window</li>',
        '</ul>',
        '',
        '<table>',
        '<tr><th>Task</th><th>Owner</th></tr>',
        '<tr><td>Press <kbd>Ctrl</kbd> less</td><td><span title="x > y">Lena Park</span></td></tr>',
        '</table>',
      ].join('\n'),
    );
    const got = items(text);
    assert.deepEqual(
      got.map((i) => [i.text, i.owner]),
      [
        ['Raise max_conn to 50 (owner: Maya Chen)', 'Maya Chen'],
        ['Page the on-call earlier', null],
        ['Shorten the retry loop window', null],
        ['Press Ctrl less', 'Lena Park'],
      ],
    );
    assert.equal(text.slice(got[0].ownerSpan!.start, got[0].ownerSpan!.end), 'Maya Chen');
    assert.equal(text.slice(got[3].ownerSpan!.start, got[3].ownerSpan!.end), 'Lena Park');
  });

  it('reads ugly HTML entries without failing: a tag, a quote and a code element never closed', () => {
    for (const body of [
      '<ul><li>Cap the <b class="x\npool</li></ul>',
      '<ul><li>Cap the <code>pool</li><li>Drain it</li></ul>',
      '<ul><li>Cap <<>> the pool</li></ul>',
    ]) {
      for (const item of items(postmortem(body))) assert.ok(item.textSpan.start <= item.textSpan.end, body);
    }
    // What follows a construct that never closes is no words of an item.
    assert.deepEqual(
      items(postmortem('<ul><li>Cap the pool</li><li>Drain <b title="x\n</li><li>Forgotten</li></ul>')).map((i) => i.text),
      ['Cap the pool', 'Drain'],
    );
  });

  it('list tags in a comment or a script neither open an entry nor cut one; those in a code element, or with long attributes, do', () => {
    const body = [
      '<ul>',
      '  <li>Shard the queue<!-- <li>an old idea</li> --> by tenant</li>',
      '  <li>Warm the cache<script>"<li>"</script> before a deploy</li>',
      `  <li class="${'wide '.repeat(80)}">Pin the base image</li>`,
      '</ul>',
      '',
      '<pre><ol><li>Rotate the signing key</li></ol></pre>',
    ].join('\n');
    assert.deepEqual(
      items(postmortem(body)).map((i) => [i.text, i.shape]),
      [
        ['Shard the queue by tenant', 'bullet'],
        ['Warm the cache before a deploy', 'bullet'],
        ['Pin the base image', 'bullet'],
        ['Rotate the signing key', 'numbered'],
      ],
    );
  });

  it('outside the plan an HTML table is read only with a column of the work and one of its owner or due date, and never a log of times', () => {
    const doc = (table: string) => `# Queue stall\n\n## Summary\n\nThe queue stalled.\n\n## Notes\n\n${table}\n`;
    assert.deepEqual(
      items(doc('<table>\n<tr><th>Follow-up</th><th>DRI</th></tr>\n<tr><td>Cap concurrent workers</td><td>Lena Park</td></tr>\n</table>')).map((i) => [
        i.text,
        i.owner,
      ]),
      [['Cap concurrent workers', 'Lena Park']],
    );
    assert.deepEqual(items(doc('<table>\n<tr><th>Service</th><th>Region</th></tr>\n<tr><td>Queue</td><td>EU</td></tr>\n</table>')), []);
    assert.deepEqual(
      items(doc('<table>\n<tr><th>Time</th><th>Action</th><th>Owner</th></tr>\n<tr><td>10:02</td><td>Restarted the workers</td><td>Maya</td></tr>\n</table>')),
      [],
    );
  });
});

describe('action items: what a future tense tells of a thing, and who a team is', () => {
  const doc = (heading: string, para: string) => `# Stale profiles\n\n## Summary\n\nProfiles were stale for a day.\n\n## ${heading}\n\n${para}\n`;

  it('a thing as the subject of an active future tells what it will do once fixed; a passive after it is no promise', () => {
    assert.deepEqual(
      items(
        doc(
          'How did we fix it?',
          'We versioned the cache key. It will read the versioned key first, and the new schema will be used by every client from now on.',
        ),
      ),
      [],
    );
    // A passive promise on its own is still one.
    assert.deepEqual(
      items(doc('How did we fix it?', 'We versioned the cache key. The old key will be removed from the loader next week.')).map((i) => i.text),
      ['The old key will be removed from the loader next week.'],
    );
  });

  it('a named subject that will fail, or do something silently, is behaviour, not an owner of work', () => {
    const got = items(
      doc(
        'Corrective actions',
        'The proper fix, is to pin the schema version. Node will silently drop the field otherwise when the path ends in a slash. The fix was to pin it in the lock file.',
      ),
    );
    assert.deepEqual(
      got.map((i) => [i.text, i.owner, i.done]),
      [['The proper fix, is to pin the schema version.', null, true]],
    );
    assert.deepEqual(
      items(doc('Corrective actions', 'Billing will fail closed when the provider is down. Platform team will add a circuit breaker.')).map((i) => [
        i.text,
        i.owner,
      ]),
      [['Platform team will add a circuit breaker.', 'Platform team']],
    );
  });

  it('a remedy stays open when the paragraph does not tell it carried out', () => {
    const got = items(doc('Corrective actions', 'The right fix is to pin the schema version. This needs a change in three repositories.'));
    assert.deepEqual(
      got.map((i) => [i.text, i.done]),
      [['The right fix is to pin the schema version.', false]],
    );
  });

  it('a team named without an article that should do the work owns it; an arrow hands the work to its owner', () => {
    const got = read(
      [
        '- Data platform team should own the certificate renewal job',
        '- Storage team should be able to rotate the keys without a deploy',
        '- Another team should review it',
        '- Review the upgrade checklist (-> platform team)',
        '- Rotate the signing keys (→ @sec-oncall)',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map((g) => g[1]),
      ['Data platform team', 'Storage team', null, 'platform team', '@sec-oncall'],
    );
  });
});

describe('action items: entries of the plan that are not work', () => {
  it('a role of the response and who held it is no item', () => {
    const got = read(
      [
        '- Incident commander: Maya Chen',
        '- Scribe - @devon',
        '- Comms lead: Ana Lima, Ben Ode',
        '- Author: Document the paging policy',
        '- Add a lock timeout',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map((g) => g[0]),
      ['Author: Document the paging policy', 'Add a lock timeout'],
    );
  });

  it('advice to the readers in the plan is theirs to do, not the authors’ work', () => {
    const got = read(
      [
        '- Customers should retry failed jobs after five minutes',
        '- Users are advised to upgrade to 2.3.1',
        '- Anyone running 2.2 must rotate their tokens',
        '- Add a lock timeout',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map((g) => g[0]),
      ['Add a lock timeout'],
    );
  });

  it('under "Open questions" in the plan only what reads as a task is an item', () => {
    const got = read(
      [
        '- Add a lock timeout (owner: Maya Chen)',
        '',
        '### Open questions',
        '',
        '- Should the scheduler hold locks at all?',
        '- Whether we need a second region',
        '- Who owns the worker fleet',
        '- Decide who owns the worker fleet',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map((g) => g[0]),
      ['Add a lock timeout (owner: Maya Chen)', 'Decide who owns the worker fleet'],
    );
  });

  it('an owner or due line in a paragraph of its own under the item belongs to the item', () => {
    const got = items(
      postmortem(['1. Document the restart procedure.', '', '   **Owner:** Lena Park', '', '2. Alert on lock age.', '', '   Due: 2026-04-01'].join('\n')),
    );
    assert.deepEqual(
      got.map((i) => [i.text, i.owner, i.due]),
      [
        ['Document the restart procedure.', 'Lena Park', null],
        ['Alert on lock age.', null, '2026-04-01'],
      ],
    );
  });
});

describe('action items: sentences that sound like commitments and are not, and lead-ins', () => {
  const doc = (heading: string, body: string) => `# Slow merges\n\n## Summary\n\nMerges were slow for a week.\n\n## ${heading}\n\n${body}\n`;
  const texts = (text: string) => items(text).map((i) => i.text);

  it('a prediction, a rejected option, a transition and a consequence of a condition are no work', () => {
    const body = [
      'We will keep seeing slow merges, and we will continue to fall behind until the cache ships.',
      'We still cannot explain the spike, so after a few tries we decided to reject that option.',
      'To explain this we must first look at the setup.',
      'If we roll back again, we will need help from the vendor.',
      'When we document the fix, we are teaching the next person.',
    ].join('\n\n');
    assert.deepEqual(texts(doc('What happened', body)), []);
  });

  it('the same shapes still commit when nothing hedges them', () => {
    const body = [
      'We have decided to split the merge queue per repository.',
      'We must rotate the deploy keys.',
      'When the new cluster is ready, we will migrate the queue to it.',
      'We are wiping all session keys.',
    ].join('\n\n');
    assert.deepEqual(texts(doc('What happened', body)), [
      'We have decided to split the merge queue per repository.',
      'We must rotate the deploy keys.',
      'When the new cluster is ready, we will migrate the queue to it.',
      'We are wiping all session keys.',
    ]);
  });

  it('a line that leads into work under way makes the list after it items', () => {
    const body = ['Things we are looking at:', '', '- Showing why a page is public', '- Renaming the archive'].join('\n');
    assert.deepEqual(texts(doc('Next up', body)), ['Showing why a page is public', 'Renaming the archive']);
  });

  it('in the plan, a list that a lead-in hands to the readers is advice, not the authors’ work', () => {
    const body = [
      'Relay operators should do all of the following:',
      '',
      '1. **Pin your client version.** Stay on the long-term release.',
      '2. **Back up the data volume.** A daily snapshot is enough.',
      '',
      'We will:',
      '',
      '- Ship a release with a longer stop timeout',
    ].join('\n');
    assert.deepEqual(texts(doc('Prevention', body)), ['Ship a release with a longer stop timeout']);
  });

  it('a row that stands in for rows still to write is no item, and "???" names no owner', () => {
    const table = [
      '| Action item | Owner | Status |',
      '| --- | --- | --- |',
      '| Write the release process | ??? | TODO |',
      '| ... another item | ?? | TODO |',
      '| … more later | | |',
    ].join('\n');
    assert.deepEqual(
      items(postmortem(table)).map((i) => [i.text, i.owner]),
      [['Write the release process', null]],
    );
  });
});

describe('action items: conditions told mid-sentence, habits, gerunds in doubt, parties at work', () => {
  const doc = (heading: string, body: string) => `# Slow merges\n\n## Summary\n\nMerges were slow for a week.\n\n## ${heading}\n\n${body}\n`;
  const read2 = (text: string) => items(text).map((i) => [i.text, i.owner]);

  it('a promise inside an "if we …" clause with commas, or after a habit and a semicolon, is none', () => {
    const body = [
      'We now know that if we roll back again, because of how the site is built, we will need help from the hosting team.',
      'When we write the fix down, we are not only learning; we are teaching the next person.',
    ].join('\n\n');
    assert.deepEqual(read2(doc('What happened', body)), []);
  });

  it('a named party working on the fix owns it', () => {
    assert.deepEqual(read2(doc('Will this happen again?', 'GitHub are also working on a check in the web editor so that a broken file cannot be saved.')), [
      ['GitHub are also working on a check in the web editor so that a broken file cannot be saved.', 'GitHub'],
    ]);
  });

  it('work named by its gerund stays an item when a doubt in brackets closes it', () => {
    const got = items(postmortem(['- Renaming the archive (as Viewer?)', '- Should we rename the archive?'].join('\n'))).map((i) => i.text);
    assert.deepEqual(got, ['Renaming the archive (as Viewer?)']);
  });
});

describe('action items: an owner of the plan named again before a bare verb', () => {
  it('owns that item too; a name the plan gives no item is no owner', () => {
    const got = read(
      [
        '- Hypha will run the whole test suite for every upgrade',
        '- ICL check how to speed up the upgrade tests',
        '- ICL to subscribe to security alerts',
        '- Redis check the memory limits',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map((g) => g[1]),
      ['Hypha', 'ICL', 'ICL', null],
    );
  });
});

describe('action items: follow-ups the lessons tell as carried out', () => {
  const doc = (lessons: string, plan = '') =>
    `# Database loss\n\n## Summary\n\nThe database was lost for a day.\n\n## What happened\n\nWe restarted the nodes and restored from backup.\n\n## Lessons learned\n\n${lessons}\n${plan}`;

  it('a follow-up done, told with "already" or "since", a purpose, our practice or every server, is an item done', () => {
    const lessons = [
      '- We have already doubled the frequency of incremental backups.',
      '- We improved our deploy pipeline to avoid this class of race, thanks to @sam for the patch.',
      '- We upgraded the backup agent on all servers.',
      '- We restarted the nodes twice.',
      '- We learned that restores are slow.',
    ].join('\n');
    assert.deepEqual(
      items(doc(lessons)).map((i) => [i.text, i.done, i.owner]),
      [
        ['We have already doubled the frequency of incremental backups.', true, null],
        ['We improved our deploy pipeline to avoid this class of race, thanks to @sam for the patch.', true, null],
        ['We upgraded the backup agent on all servers.', true, null],
      ],
    );
  });

  it('beside a plan the lessons add such follow-ups; elsewhere a step of the response stays none', () => {
    const got = items(doc('We have since added an alert on replication lag.', '\n## Action items\n\n- Test restores every month\n'));
    assert.deepEqual(
      got.map((i) => [i.text, i.done]),
      [
        ['We have since added an alert on replication lag.', true],
        ['Test restores every month', false],
      ],
    );
    const told = `# Database loss\n\n## Summary\n\nThe database was lost.\n\n## What happened\n\nWe have already restored the backup on all servers.\n`;
    assert.deepEqual(items(told), []);
  });
});
