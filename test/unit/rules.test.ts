import { describeRuleFixtures } from '../support/fixtures';

describeRuleFixtures('required-sections');
describeRuleFixtures('empty-section');
describeRuleFixtures('metadata-date');
