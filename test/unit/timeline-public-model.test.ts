import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { publicModel } from '../../server/src/analysis/model/public-model';
import { defaultSettings } from '../../server/src/analysis/base/settings';

describe('timeline in the public model', () => {
  it('prints the zone of each entry, where the timeline zone comes from, and the figures the document states', () => {
    const text =
      '# Incident: Checkout errors\r\n\r\nDate: 2026-03-01\r\n\r\nTime to detection: 5 min\r\n\r\n## Timeline\r\n\r\nAll times in UTC.\r\n\r\n- 14:02 deploy started the change\r\n- 14:05 alert fired\r\n- 6:40 am PST rolled back\r\n';
    const timeline = publicModel('x.md', analyzeDocument(text, 'postmortems/x.md', defaultSettings())).timeline!;
    assert.equal(timeline.zoneSource, 'note');
    assert.deepEqual(timeline.stated, [{ kind: 'detect', label: 'Time to detection', minutes: 5, approximate: false, line: 5 }]);
    assert.deepEqual(
      timeline.entries.map((e) => [e.line, e.zone, e.time]),
      [
        [11, 'UTC', '2026-03-01T14:02:00Z'],
        [12, 'UTC', '2026-03-01T14:05:00Z'],
        [13, 'PST', '2026-03-01T06:40:00-08:00'],
      ],
    );
  });
});
