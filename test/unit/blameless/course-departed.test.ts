import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * An act judged by how it departed from its due course and pinned on the person or role who took
 * it: others left out ("without involving QA"), a way of working gone around ("outside the change
 * process"), counsel gone against ("against the vendor's advice"), told in the active voice or in
 * the passive with the person after "by". The authors' own "we", systems, indefinite agents, and
 * times or places after "outside" stay unread. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  'a passive act pinned on its agent, judged by what it left out': {
    blame: [
      'The backfill had been started on the staging cluster (a shared copy) by the on-call engineer, without involving the database team.',
      'The job was started by the developer without checking the replica lag.',
      'The hotfix was merged by **the release manager**, without involving QA in the review.',
      'The cache was flushed by Bob without telling anyone on the support rota.',
    ],
    clean: [
      'The migration was run by the database team without any downtime.',
      'The index was rebuilt by the developer without involving any downtime for customers.',
      'The patch was reviewed by a second engineer without checking the tests.',
      'The backup was restored by Priya without losing a single row.',
      'We ran the backfill ourselves, without involving the other team, to save time.',
      'The job was started by the scheduler without checking the replica lag.',
      'The release was shipped without involving QA, since no test plan covered the flag.',
      'The change was rolled back by the time the vendor replied, without any loss of data.',
    ],
  },
  'a role leaving others out of an act, in the active voice': {
    blame: [
      'The release manager shipped the build without involving QA.',
      'An engineer from the platform team resized the volumes without involving the storage owners.',
    ],
    clean: ['Our pipeline shipped the build without involving QA, as it was configured to.', 'We resized the volumes without involving the storage owners.'],
  },
  'an act taken around its way of working': {
    blame: [
      'The DNS record was changed outside the change process by the contractor.',
      'The firewall rules were edited outside of Terraform Cloud by @dana late on Friday.',
      'Omar applied the patch by hand, outside the release pipeline.',
      'The contractor restarted the cluster against the vendor’s advice.',
      'The cluster was upgraded by the platform team against the runbook guidance.',
      'The deploy was approved by Kim against the advice of the security team.',
    ],
    clean: [
      'We ran the backfill outside the release pipeline to save time.',
      'The alerts fired outside business hours, so nobody saw them.',
      'Bob waited outside the building for the locksmith.',
      'The outage was caused by factors outside our control.',
      'The config was edited outside of Terraform Cloud, which removed the rule.',
      'Sam lives outside Lyon and was paged at night.',
      'The node was restarted by the scheduler outside the maintenance window.',
      'Traffic was routed outside of the EU region by the load balancer.',
      'We decided to go against the recommendation of the vendor after testing.',
      'The team protected the cluster against attacks.',
      'The engineer tested the fix against production data.',
      'The on-call engineer escalated outside the usual channels, as the runbook allows.',
      'Requests from outside the VPN were rejected by the proxy.',
      'outside against by without ( ) , — by by the',
    ],
  },
};

describe('blameless: an act that departed from its due course, pinned on its agent', () => {
  itReadsForms(FORMS);
});
