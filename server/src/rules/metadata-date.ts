import { readDate } from '../analysis/base/dates';
import { isDateKey } from '../analysis/model/metadata';
import { compiled } from '../analysis/model/compiled';
import { docsPath, type Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'metadata-date',
    description: 'Reports a metadata date (front matter or a "Date:" line) that is not a real calendar date, is ambiguous, or is still a placeholder.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: docsPath('metadata-date'),
    templates: 'check',
  },
  check(context) {
    const placeholders = compiled(context.settings).placeholders;
    for (const field of context.model.metadata) {
      if (!isDateKey(field.key, field.canonical)) continue;
      const value = field.value.trim();
      const start = field.start;
      const end = Math.max(field.end, field.start);
      if (!value || placeholders.isPlaceholder(value)) {
        if (!context.model.isTemplate) {
          context.report({ message: `The ${field.label} is still a placeholder ("${value}"). Write the date as YYYY-MM-DD.`, start, end });
        }
        continue;
      }
      const reading = readDate(value);
      switch (reading.kind) {
        case 'date':
          break;
        case 'invalid':
          context.report({ message: `"${value}" is not a real date: ${reading.reason}. Write the ${field.label} as YYYY-MM-DD.`, start, end });
          break;
        case 'ambiguous':
          context.report({
            message: `"${value}" can be read as ${reading.readings[0]} or ${reading.readings[1]}. Write the ${field.label} as YYYY-MM-DD so every reader sees the same day.`,
            start,
            end,
          });
          break;
        case 'none':
          context.report({ message: `The ${field.label} "${value}" is not a calendar date. Write it as YYYY-MM-DD.`, start, end });
          break;
      }
    }
  },
};

export default rule;
