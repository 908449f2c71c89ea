import { strict as assert } from 'node:assert';
import { dateVariables, expandSnippet, parseSnippet, SnippetError, stopIndexes } from '../../server/src/analysis/authoring/snippet-syntax';

const now = new Date(2026, 2, 4, 9, 7, 5);
const variables = dateVariables(now);
const expand = (body: string | string[], values?: Record<number, string>) => expandSnippet(parseSnippet(body), { variables, values });

describe('snippet syntax', () => {
  it('resolves the date variables in local time, zero-padded', () => {
    assert.equal(expand('$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE ${CURRENT_HOUR}:${CURRENT_MINUTE}:$CURRENT_SECOND').text, '2026-03-04 09:07:05');
    assert.equal(expand('$CURRENT_MONTH_NAME $CURRENT_DAY_NAME_SHORT $CURRENT_YEAR_SHORT').text, 'March Wed 26');
    assert.match(variables.CURRENT_TIMEZONE_OFFSET, /^[+-]\d{2}:\d{2}$/);
  });

  it('takes each placeholder default, including nested placeholders and variables inside them', () => {
    const result = expand('Due ${1:by ${2:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}} for ${3:someone}.$0');
    assert.equal(result.text, 'Due by 2026-03-04 for someone.');
    const at = (index: number) => result.stops.get(index)!.map((r) => result.text.slice(r.start, r.end));
    assert.deepEqual(at(1), ['by 2026-03-04']);
    assert.deepEqual(at(2), ['2026-03-04']);
    assert.deepEqual(at(3), ['someone']);
    assert.deepEqual(result.stops.get(0), [{ start: result.text.length, end: result.text.length }]);
  });

  it('takes the first option of a choice, with escaped commas and pipes in options', () => {
    assert.equal(expand('Severity: ${1|SEV1,SEV2|}').text, 'Severity: SEV1');
    const nodes = parseSnippet('${2|a\\,b,c\\|d,e|}');
    assert.deepEqual(nodes, [{ type: 'choice', index: 2, options: ['a,b', 'c|d', 'e'] }]);
  });

  it('mirrors a bare tab stop with the value of the placeholder of the same index, without adding its nested stops', () => {
    const result = expand('<!-- off ${1|rule-a,rule-b|} --> … <!-- on $1 -->');
    assert.equal(result.text, '<!-- off rule-a --> … <!-- on rule-a -->');
    assert.equal(result.stops.get(1)!.length, 2);
    const nested = expand('${1:a ${2:b}} and $1');
    assert.equal(nested.text, 'a b and a b');
    assert.equal(nested.stops.get(2)!.length, 1, 'the mirror copies text, not the nested stop');
  });

  it('replaces a stop with a given value, inserted literally', () => {
    const result = expand('# ${1:Title}\n\n${2:TODO: write}', { 1: 'Costs rose by $5 ${x} \\o/' });
    assert.equal(result.text, '# Costs rose by $5 ${x} \\o/\n\nTODO: write');
  });

  it('reads escapes and a `$` that starts nothing as text, as the editor does', () => {
    assert.equal(
      expand('Price \\$1, brace \\} and backslash \\\\ stay; \\n is not an escape').text,
      'Price $1, brace } and backslash \\ stay; \\n is not an escape',
    );
    assert.equal(expand('Costs $ and ${ and ${1 unclosed and $-1').text, 'Costs $ and ${ and ${1 unclosed and $-1');
    assert.equal(expand('${1:a \\} b}').text, 'a } b');
  });

  it('joins the lines of a body array with newlines', () => {
    assert.equal(expand(['# ${1:T}', '', 'x']).text, '# T\n\nx');
  });

  it('uses a variable default when the variable is empty, and refuses unknown variables without one', () => {
    const nodes = parseSnippet('${TM_SELECTED_TEXT:fallback} $UNKNOWN_THING');
    assert.throws(
      () => expandSnippet(nodes, { variables: { TM_SELECTED_TEXT: '' } }),
      (e: unknown) => e instanceof SnippetError && /UNKNOWN_THING/.test(e.message),
    );
    assert.equal(expandSnippet(parseSnippet('${TM_SELECTED_TEXT:fallback}'), { variables: { TM_SELECTED_TEXT: '' } }).text, 'fallback');
    assert.equal(expandSnippet(parseSnippet('${TM_SELECTED_TEXT:fallback}'), { variables: { TM_SELECTED_TEXT: 'chosen' } }).text, 'chosen');
  });

  it('refuses transforms, which templates do not support', () => {
    assert.deepEqual(
      parseSnippet('${1/(.*)/${1:/upcase}/}').map((n) => n.type),
      ['transform'],
    );
    assert.throws(() => expand('${TM_FILENAME/(.*)/$1/g}'), SnippetError);
  });

  it('stops at placeholders that contain themselves instead of looping', () => {
    assert.throws(() => expand('${1:a $1}'), SnippetError);
  });

  it('lists every tab stop index, nested ones included', () => {
    assert.deepEqual(stopIndexes(parseSnippet('$3 ${1:a ${2:b}} ${4|x,y|} $0')), [3, 1, 2, 4, 0]);
  });
});
