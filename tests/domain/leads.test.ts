import { describe, expect, it } from 'vitest';
import { actionsForLead, distinctLeads, leadKey, tidyLead } from '../../src/domain';

describe('leadKey folds spellings of one role', () => {
  it.each([
    ['Corporate Director for Children and Young People', 'Corporate Director Children and Young People'],
    ['Corporate Director for Children and Young People', 'Corporate Director for Children & Young People'],
    ['Corporate Director for Children and Young People', '  corporate   director for children AND young people '],
    ['Corporate Director for Children and Young People', 'Corporate Director for Children&Young People'],
    ['Service Director (Improvement)', 'Service Director Improvement'],
    ['Service Director (All Age Commissioning)', 'Service Director (All-Age Commissioning)'],
    ["Head of Children's Services", 'Head of Children’s Services'],
    ['Director of Programme Management Office & Performance', 'Director of Programme Management Office and Performance.'],
  ])('%s ~ %s', (a, b) => {
    expect(leadKey(a)).toBe(leadKey(b));
  });

  it.each([
    ['Director of Public Health', 'Director Public Health'],
    ['Service Director (Improvement)', 'Service Director (Education, Skills and Learning)'],
    ['Head of Service (Corporate Parenting)', 'Head of Service (Early Help)'],
  ])('keeps %s apart from %s', (a, b) => {
    expect(leadKey(a)).not.toBe(leadKey(b));
  });

  it('only drops the whole word "for"', () => {
    expect(leadKey('Head for Fortune Forecasting')).toBe('head fortune forecasting');
    expect(leadKey('   ')).toBe('');
  });

  it('tidies display spellings without changing words', () => {
    expect(tidyLead('  Service   Director (Improvement) ')).toBe('Service Director (Improvement)');
  });
});

describe('distinctLeads', () => {
  it('names a group by its most frequent spelling, ties to the first seen', () => {
    const leads = distinctLeads([
      { lead: 'Corporate Director Children and Young People' },
      { lead: 'Corporate Director for Children and Young People' },
      { lead: 'Corporate Director for Children & Young People' },
      { lead: 'Corporate Director for Children and Young People ' },
      { lead: 'Service Director Improvement' },
      { lead: 'Service Director (Improvement)' },
      { lead: '' },
    ]);
    expect(leads).toEqual([
      {
        key: 'corporate director children and young people',
        displayName: 'Corporate Director for Children and Young People',
        spellings: ['Corporate Director Children and Young People', 'Corporate Director for Children and Young People', 'Corporate Director for Children & Young People'],
      },
      { key: 'service director improvement', displayName: 'Service Director Improvement', spellings: ['Service Director Improvement', 'Service Director (Improvement)'] },
      { key: '', displayName: 'No lead named', spellings: [''] },
    ]);
  });

  it('filters actions by a group key with the same folding', () => {
    const actions = [{ lead: 'Service Director Improvement', id: 'a' }, { lead: 'Service Director (Improvement)', id: 'b' }, { lead: 'Chief Executive', id: 'c' }];
    expect(actionsForLead(actions, 'service director improvement').map((a) => a.id)).toEqual(['a', 'b']);
  });
});
