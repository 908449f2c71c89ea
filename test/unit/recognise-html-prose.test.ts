/**
 * A post-mortem whose prose sits in raw HTML blocks, as a blog's export keeps its body in `<p>`
 * tags: the content signs read the paragraphs the block shows, as they read Markdown paragraphs.
 * Text a browser shows as no paragraph (a comment, a script, preformatted code) tells nothing, and
 * an HTML newsletter about someone else's outage or an HTML changelog stays refused as its Markdown
 * twin is. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { assertLinear } from '../support/growth';
import { detection as engine } from '../support/recognition';

const settings = defaultSettings();
/** How the full reading decides a file outside a post-mortems folder (the quick scan not asked). */
const detection = (text: string) => analyzeDocument(text, 'notes/a.md', settings).model.detection;

/** One small team's account of an upload outage, a paragraph a string. */
const STORY = [
  'On Sunday evening our photo uploads stopped working for about two hours.',
  'Members could not upload new pictures, and several saw an error page instead of their albums.',
  'We noticed the problem when the error rate alert fired just after nine.',
  'The disk of the upload server had filled up because old thumbnails were never cleaned away.',
  'We cleared the old files and restarted the service, and uploads worked again by eleven.',
];

/** A blog post's front matter: a title that names nothing of an incident. */
const FRONT = '---\ntitle: Sunday uploads\n---\n\n';

const markdown = (paragraphs: readonly string[]) => FRONT + paragraphs.join('\n\n') + '\n';

/** The paragraphs as a blog's export writes them: one HTML block, wrapped, indented, classed. */
const exported = (paragraphs: readonly string[], open = '<p class="body-text">', close = '</p>') =>
  FRONT +
  [
    '<article class="entry">',
    '  <div class="entry-content">',
    ...paragraphs.map((p) => `    ${open}${p.replace(/ (?=\S{6,} )/, '\n      ')}${close}`),
    '  </div>',
    '</article>',
    '',
  ].join('\n');

describe('recognising a post-mortem whose prose sits in raw HTML blocks', () => {
  it('reads the paragraphs of an exported post as its Markdown twin is read', () => {
    assert.equal(detection(markdown(STORY)), 'content');
    assert.equal(detection(exported(STORY)), 'content');
  });

  it('lets the quick scan read the paragraphs an HTML block shows, so the parse decides', () => {
    assert.equal(engine(markdown(STORY)), 'content');
    assert.equal(engine(exported(STORY)), 'content');
    // One block of many paragraphs, no blank line between them, as an export writes it.
    assert.equal(engine(FRONT + STORY.map((p) => `<p>${p}</p>`).join('')), 'content');
  });

  it('reads paragraphs split over several HTML blocks between Markdown lists', () => {
    const text =
      FRONT +
      ['- Uploads', '', `<p style="margin-left:1em">\n${STORY[0]} ${STORY[1]}\n</p>`, '', '- Alerts', '', ...STORY.slice(2).map((p) => `<p>${p}</p>\n`)].join(
        '\n',
      );
    assert.equal(detection(text), 'content');
  });

  it('decodes character references and curly apostrophes in the shown text', () => {
    const curly = STORY.map((p) => p.replace('never', 'weren&rsquo;t ever').replace(/ and /g, ' &amp; '));
    assert.equal(detection(exported(curly)), 'content');
  });

  it('reads nothing a browser shows as no paragraph: comments, scripts, preformatted text', () => {
    const hidden = ['<div>', '<!--', markdown(STORY), '-->', '<script>', `var story = ${JSON.stringify(STORY.join(' '))};`, '</script>', '</div>', ''].join(
      '\n',
    );
    assert.equal(detection(hidden), 'not-a-postmortem');
    assert.equal(detection(exported(STORY, '<p><pre>', '</pre></p>')), 'not-a-postmortem');
  });

  it('reads a block without paragraph tags as markup, as before', () => {
    assert.equal(detection(exported(STORY, '<div>', '</div>')), 'not-a-postmortem');
  });

  it('leaves an HTML newsletter about a provider’s outage refused', () => {
    const letter = [
      'Hello again, readers. The big news this week was the mail provider that went down on Wednesday.',
      'According to the company, a faulty update was pushed to every region, and customers could not send mail for four hours.',
      'The company said it restored service by rolling the update back.',
      'Our own mail was not affected: we moved to another provider last spring.',
      'Thanks for reading, and see you next week.',
    ];
    assert.equal(detection(markdown(letter)), 'not-a-postmortem');
    assert.equal(detection(exported(letter)), 'not-a-postmortem');
    assert.equal(engine(exported(letter)), 'skipped');
  });

  it('leaves an HTML changelog refused', () => {
    const log = [
      '<h2>3.1.0</h2>',
      '<p>Fixed the import, which crashed on empty rows. Restored the old sort order.</p>',
      '<ul><li>Fixed a leak in the watcher.</li><li>Reverted the new date format because it broke old files.</li></ul>',
      '',
    ].join('\n');
    assert.equal(detection(log), 'not-a-postmortem');
  });

  it('survives ugly HTML: an unclosed paragraph tag, a quote that never closes, stray brackets', () => {
    for (const ugly of ['<p class="x\n' + markdown(STORY), "<p>a < b and c > d\n<p title='never closed>" + STORY.join(' '), '<p></p><p><p><<>>\n']) {
      assert.doesNotThrow(() => detection(ugly));
    }
    assert.equal(detection('<p class="x\n' + markdown(STORY)), 'not-a-postmortem');
  });

  it('reads a long exported post in linear time', () => {
    assertLinear(
      'HTML paragraphs read for the content signs',
      (n) => exported(Array.from({ length: n }, (_, i) => STORY[i % STORY.length])),
      (text) => detection(text),
    );
    assertLinear(
      'one HTML paragraph that never closes',
      (n) => '<p>' + 'we restarted the service and '.repeat(n),
      (text) => detection(text),
    );
  });
});
