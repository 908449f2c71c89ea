/**
 * Small cues of what an item's outcome serves, each with its look-alikes: an account sent or
 * published to people (communication), a lever the responders pull by hand and a failover tried on
 * a schedule (response), notifications sent when something fails and a watch kept on it
 * (detection), out-of-band links and an incident-management process however it is quoted
 * (response); "page" read as paging only when someone is paged, access closed (prevention),
 * restores tested (response), a maintenance page and an analysis published (communication);
 * uptime as a target, scaling on metrics, a detection that turns away what it finds and machines
 * communicating with each other (prevention); privilege escalation, training data, a drill-down
 * view and snapshot tests are not the responders' escalation, training, drills or snapshots.
 * Every item here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { classifyItem } from '../../../server/src/analysis/model/facts/item-kind';

const kind = (text: string) => classifyItem({ text, category: null }).kind;

describe('facts: item kind, small cues of what the outcome serves', () => {
  it('reads an account sent or published to people as communication', () => {
    assert.equal(kind('We will send a (shorter) report to the affected tenants.'), 'communication');
    assert.equal(kind('Publish information about the new flood protections on the help site'), 'communication');
    assert.equal(kind('Release the details about the parser bug once every node is patched.'), 'communication');
    assert.equal(kind('Share a summary with the partner banks by Friday'), 'communication');
  });

  it('leaves other things sent or published to their own kinds', () => {
    assert.equal(kind('Publish the new client library to the package registry'), 'prevention');
    assert.equal(kind('Send the nightly export to the archive bucket'), 'prevention');
    assert.equal(kind('The tool provides a detailed report to the operators when a node drifts'), 'prevention');
    assert.equal(kind('Post the queue depth to the metrics dashboard'), 'detection');
  });

  it('reads a manual lever for the responders as response, whatever check it sits on', () => {
    assert.equal(kind('Add a manual override to the replica health checks so we can bring reads back quickly'), 'response');
    assert.equal(kind('An emergency override for the rate limiter, usable by the on-duty engineer'), 'response');
    // An override of a setting is a change to the system.
    assert.equal(kind('Override the default connection timeout in the worker config'), 'prevention');
  });

  it('reads a failover tried on a schedule as response, and failover code tests as prevention', () => {
    assert.equal(kind('Formalise failover testing between the two uplinks'), 'response');
    assert.equal(kind('Run quarterly failover tests of the storage cluster'), 'response');
    assert.equal(kind('Add unit tests for the failover logic in the client'), 'prevention');
  });

  it('reads notifications sent when something fails, and a watch kept, as detection', () => {
    assert.equal(kind('Email notifications should be sent on failed nightly builds'), 'detection');
    assert.equal(kind('Notifications will be raised for errors in the import job'), 'detection');
    assert.equal(kind("I'll keep an eye out for any further problems this week."), 'detection');
    assert.equal(kind('Keep a close watch on the replication lag after the upgrade'), 'detection');
  });

  it('leaves notifications that tell users to their own kinds', () => {
    assert.equal(kind('Notify all customers about the billing change'), 'communication');
    assert.equal(kind('Batch the notifications sent to shoppers after checkout'), 'prevention');
  });

  it('reads out-of-band links and an incident-management process as response', () => {
    assert.equal(kind('Improved out-of-band connection to the rack for when the ISP is down'), 'response');
    assert.equal(kind('Set up an out of band uplink over a mobile modem'), 'response');
    assert.equal(kind("We have set up a 'major incident' management process for the IT office"), 'response');
    assert.equal(kind('Adopt a “critical incident” management process across the teams'), 'response');
  });

  it('reads page as paging only when someone is paged, and a maintenance page as communication', () => {
    assert.equal(kind('Page the secondary engineer when the primary does not answer'), 'response');
    assert.equal(kind('We will page the storage owner directly'), 'response');
    assert.equal(kind('Set up paging for the weekend rota'), 'response');
    assert.equal(kind('Cache the pricing page at the edge'), 'prevention');
    assert.equal(kind('Cut the page load time of the account screen'), 'prevention');
    assert.equal(kind('Fix the signup page so it copes with empty names'), 'prevention');
    assert.equal(kind('Serve a static maintenance page while the database is upgraded'), 'communication');
    assert.equal(kind('Add an outage banner to the mobile app'), 'communication');
  });

  it('reads access blocked or locked down as prevention, and access given as response', () => {
    assert.equal(kind('Block public access to the uploads bucket'), 'prevention');
    assert.equal(kind('Disable anonymous access to the cache server'), 'prevention');
    assert.equal(kind('Lock down external access to the admin port'), 'prevention');
    assert.equal(kind('Give the night shift access to the hosting console'), 'response');
  });

  it('reads restores that are tested as response, and an analysis published as communication', () => {
    assert.equal(kind('Make sure restores from the nightly backup are tested every month'), 'response');
    assert.equal(kind('Schedule a restore drill for the ledger each quarter'), 'response');
    assert.equal(kind('Publish the root cause analysis on our engineering blog'), 'communication');
    assert.equal(kind('Share the full analysis with the hosting partner'), 'communication');
  });

  it('reads a measure the work follows as the work, not as a way of finding out', () => {
    assert.equal(kind('Aim for 99.95% uptime on the booking API this year'), 'prevention');
    assert.equal(kind('Set up an uptime check for the docs site'), 'detection');
    assert.equal(kind('Autoscale the render workers on queue depth metrics'), 'prevention');
    assert.equal(kind('Throttle heavy clients based on request rate metrics'), 'prevention');
    assert.equal(kind('Add metrics on render queue depth'), 'detection');
    assert.equal(kind('Detect duplicate invoices in the nightly batch and reject them'), 'prevention');
    assert.equal(kind('Detect stuck uploads and alert the on-duty engineer'), 'detection');
  });

  it('reads machines talking to each other as the system, and people told as communication', () => {
    assert.equal(kind('Encrypt the communication between the API and the database'), 'prevention');
    assert.equal(kind('Move server-to-server communication onto the private network'), 'prevention');
    assert.equal(kind('Fix how the workers communicate with the queue'), 'prevention');
    assert.equal(kind('Improve communication with customers during outages'), 'communication');
    assert.equal(kind('Better communication between the on-call and support teams'), 'communication');
    assert.equal(kind('Communicate the restore estimate to the community'), 'communication');
  });

  it('leaves privilege escalation, training data, drill-downs and snapshot tests out of the response', () => {
    assert.equal(kind('Prevent privilege escalation through the plugin loader'), 'prevention');
    assert.equal(kind('Validate the training data before each model build'), 'prevention');
    assert.equal(kind('Add a drill-down view to the billing report'), 'prevention');
    assert.equal(kind('Add snapshot tests for the invoice renderer'), 'prevention');
    assert.equal(kind('Escalate unanswered pages to the secondary after ten minutes'), 'response');
    assert.equal(kind('Run a drill of the region failover each quarter'), 'response');
    assert.equal(kind('Book training on the new database for the responders'), 'response');
  });

  it('reads ugly input without failing', () => {
    for (const text of ['', '(', 'send a ( report', 'override', 'out-of-band', "keep an eye '", 'notifications sent on'.repeat(200)])
      assert.ok(['detection', 'response', 'prevention', 'communication'].includes(kind(text)));
  });
});
