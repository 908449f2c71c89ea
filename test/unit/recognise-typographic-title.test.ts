/**
 * A title that names the genre with a hyphen as typography or HTML writes it: a non-breaking
 * hyphen (U+2011), a true hyphen (U+2010), a soft hyphen, an en dash, or a character reference in
 * a front matter title that no Markdown parse decodes ("post&#x2011;mortem"). It names the genre as
 * "post-mortem" does; a title about the genre written so is still about the genre. Every document
 * here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { quickScan, quickScanRulesOut, titleSaysPostmortem } from '../../server/src/analysis/model/detect';
import { assertLinear } from '../support/growth';
import { detection } from '../support/recognition';

const body = ['', 'The nightly export stopped for a day because its disk was full. We moved it to a larger volume.', ''];
const fronted = (title: string, eol = '\n') => ['---', `title: "${title}"`, 'layout: post', '---', ...body].join(eol);
const headed = (title: string) => [`# ${title}`, ...body].join('\n');

describe('recognising a title whose genre name is set with a typographic hyphen', () => {
  it('reads the hyphen characters as a hyphen', () => {
    for (const dash of ['\u2011', '\u2010', '\u00AD', '\u2013', '\u2012'])
      assert.equal(titleSaysPostmortem(`Export job post${dash}mortem`), true, `U+${dash.charCodeAt(0).toString(16)}`);
  });

  it('reads character references for them in a front matter title', () => {
    for (const ref of ['&#x2011;', '&#X2011;', '&#8209;', '&#x2010;', '&#173;', '&shy;', '&hyphen;', '&ndash;', '&#x00AD;'])
      assert.equal(titleSaysPostmortem(`Export job post${ref}mortem`), true, ref);
  });

  it('takes a post whose front matter title names it so, through the quick scan and the parse', () => {
    const text = fronted('Nightly export post&#x2011;mortem');
    assert.equal(quickScanRulesOut(quickScan(text)), false);
    assert.equal(detection(text), 'title');
    assert.equal(detection(fronted('Nightly export post&#x2011;mortem', '\r\n')), 'title');
  });

  it('takes a heading title with the character or its reference (the parse decodes the reference)', () => {
    assert.equal(detection(headed('Post\u2011mortem: the nightly export stopped')), 'title');
    assert.equal(detection(headed('Post&#8209;mortem: the nightly export stopped')), 'title');
  });

  it('still refuses a guide or a process named with such a hyphen', () => {
    assert.equal(titleSaysPostmortem('How to write a post\u2011mortem'), false);
    assert.equal(titleSaysPostmortem('Post&#x2011;mortem process for the platform team'), false);
    const guide = ['---', 'title: "How to run a post&#8209;mortem meeting"', '---', '', 'Send the draft a day ahead and keep the hour for questions.', ''].join(
      '\n',
    );
    assert.equal(detection(guide), 'skipped');
  });

  it('reads no other dash or reference as a hyphen, and leaves broken references alone', () => {
    assert.equal(titleSaysPostmortem('Post\u2014mortem'), false);
    assert.equal(titleSaysPostmortem('Post&#x2014;mortem'), false);
    assert.equal(titleSaysPostmortem('Post&#x2011mortem'), false);
    assert.equal(titleSaysPostmortem('Post&amp;mortem'), false);
    assert.equal(titleSaysPostmortem(''), false);
  });

  it('reads a hyphen reference among other references, and writes out no other reference', () => {
    assert.equal(titleSaysPostmortem('Billing Q&amp;A: post&#x2011;mortem'), true);
    assert.equal(titleSaysPostmortem('&lt;draft&gt; post&shy;mortem &amp; notes'), true);
    // A reference that stands for a space or a sign is left as written, so it joins nothing.
    assert.equal(titleSaysPostmortem('Post&nbsp;mortem'), false);
    assert.equal(titleSaysPostmortem('Post&#32;mortem'), false);
    // Names are read as HTML defines them, case and all; an unknown or overlong one is no hyphen.
    assert.equal(titleSaysPostmortem('Post&SHY;mortem'), false);
    assert.equal(titleSaysPostmortem(`Post&${'x'.repeat(40)};mortem`), false);
  });

  it('reads a long title of references and ampersands in linear time', () => {
    assertLinear('runs of character references and bare ampersands', (n) => 'a&#x2011;&#&#x201&shy'.repeat(n) + ' post-mortem', titleSaysPostmortem, 256);
    assertLinear('runs of broken references that are no hyphen', (n) => 'a&#&#x201&shy&#82'.repeat(n) + ' post-mortem', titleSaysPostmortem, 256);
    assertLinear(
      'runs of references that are no hyphen, then one',
      (n) => `&amp;&${'q'.repeat(31)};&#160;`.repeat(n) + ' post&#x2011;mortem',
      titleSaysPostmortem,
      256,
    );
  });
});
