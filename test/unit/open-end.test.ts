/**
 * `model.openEnd`: whether text appended at the end of a document would fall into its last
 * block. Read without a second parse; the parser is the oracle here.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { parseMarkdown } from '../../server/src/analysis/parse/parse';

/** What the parser says: does a heading appended after the text stand as a heading? */
function swallowed(text: string): boolean {
  const probe = parseMarkdown(`${text}\n\n## Probe\n`);
  return probe.children[probe.children.length - 1]?.type !== 'heading';
}

const ENDINGS = [
  '```\nlog line\n',
  '```\nlog line\n```\n',
  '```\nlog\n```',
  '````\nlog\n```\n',
  '````\nlog\n`````\n',
  '~~~\nopen fence\n',
  '~~~\nx\n```\n',
  '~~~ sh\nx\n   ~~~  \n',
  '```',
  '    indented code\n',
  '<!-- a note\nstill open\n',
  '<!-- a note -->\n',
  '<!-- a note\n-->\n',
  '<!-- postmortem-disable required-sections\n'.repeat(3),
  '<?php echo 1;\n',
  '<?php echo 1; ?>\n',
  '<![CDATA[ x\n',
  '<![CDATA[ x ]]>\n',
  '<!DOCTYPE html\n',
  '<!DOCTYPE html>\n',
  '<script>\nvar x;\n',
  '<script>\nvar x;\n</script>\n',
  '<SCRIPT type="a">\nvar x;\n',
  '<pre>\ntext\n',
  '<div>\ntext\n',
  '<div>\n\ntext\n',
  '<span>x</span>\n',
  '  <!-- indented\n',
  '\tcode after a tab\n',
  'A paragraph.\n',
];

describe('the open block at the end of a document (model.openEnd)', () => {
  it('agrees with the parser on where appended text would go', () => {
    for (const ending of ENDINGS) {
      const text = `# Post-Mortem: Cache\n\n## Summary\n\nText.\n\n${ending}`;
      const doc = analyzeDocument(text, 'postmortems/x.md', defaultSettings());
      const open = doc.model.openEnd !== null;
      assert.equal(open, swallowed(text), JSON.stringify(ending));
      if (open) assert.equal(doc.model.openEnd, text.length - ending.length, JSON.stringify(ending));
    }
  });

  it("holds the required sections of the document's kind", () => {
    const settings = defaultSettings();
    assert.deepEqual(analyzeDocument('# Post-Mortem: Cache\n', 'postmortems/x.md', settings).model.required, settings.sections);
    assert.deepEqual(analyzeDocument('# Pre-Mortem: Launch\n', 'postmortems/x.md', settings).model.required, settings.premortemSections);
  });
});
