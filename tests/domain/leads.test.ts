import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionsForLead, createLeadResolver, distinctLeads, type LeadAlias, leadKey, leadParts, tidyLead } from '../../src/domain';

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

describe('leadParts', () => {
  it.each([
    ['A & B', ['A', 'B']],
    ['Head of Service (Corporate Parenting) / Head of Service (Strategic Housing Manager)', ['Head of Service (Corporate Parenting)', 'Head of Service (Strategic Housing Manager)']],
    ['Head of Service (MASH & Assessment)', ['Head of Service (MASH & Assessment)']],
    ['A/B & C', ['A', 'B', 'C']],
    ['  A  &  ', ['A']],
    ['', []],
  ])('%s -> %j', (lead, parts) => {
    expect(leadParts(lead)).toEqual(parts);
  });
});

describe('joint leads and lead aliases', () => {
  const SDSF = 'Service Director (Safeguarding and Family Support)';
  const PLAN = [
    SDSF,
    `${SDSF} & Detective Superintendent, West Mercia Police`,
    'Head of Service (Corporate Parenting)',
    'Head of Service (Corporate Parenting) / Head of Service (Strategic Housing Manager)',
    'Corporate Director for Children & Young People',
    'Policy & Procedures Lead',
    'Head of Service (MASH & Assessment)',
  ];
  const keysOf = (lead: string, aliases: LeadAlias[] = []) => createLeadResolver(PLAN, aliases)(lead).map((ref) => ref.key);

  it('puts "A & B" and "A / B" under each lead when a part leads on its own', () => {
    expect(keysOf(PLAN[1] ?? '')).toEqual([leadKey(SDSF), leadKey('Detective Superintendent, West Mercia Police')]);
    expect(keysOf(PLAN[3] ?? '')).toEqual([leadKey('Head of Service (Corporate Parenting)'), leadKey('Head of Service (Strategic Housing Manager)')]);
  });

  it('keeps a role whose own name contains "&" whole', () => {
    for (const lead of ['Corporate Director for Children & Young People', 'Policy & Procedures Lead', 'Head of Service (MASH & Assessment)']) {
      expect(keysOf(lead)).toEqual([leadKey(lead)]);
    }
  });

  it('reads every alias as its name, as whole words, longest alias first', () => {
    const aliases = [{ name: 'HSCP', aliases: ['Herefordshire Safeguarding Children Partnership (HSCP)', 'Herefordshire Safeguarding Children Partnership'] }];
    expect(keysOf('Herefordshire Safeguarding Children Partnership (HSCP) Independent Scrutineer', aliases)).toEqual(['hscp independent scrutineer']);
    expect(keysOf('herefordshire safeguarding children partnership', aliases)).toEqual(['hscp']);
    expect(keysOf('HSCP Independent Scrutineer', aliases)).toEqual(['hscp independent scrutineer']);
    // Not a whole-word match: left alone.
    expect(keysOf('Herefordshire Safeguarding Children Partnerships', aliases)).toEqual(['herefordshire safeguarding children partnerships']);
  });

  it('splits a joint lead when a part is a declared alias name, even if it leads nothing alone', () => {
    const aliases = [{ name: 'West Mercia Police', aliases: ['WMP'] }];
    expect(keysOf('Chief Executive & WMP', aliases)).toEqual(['chief executive', 'west mercia police']);
    expect(keysOf('Chief Executive & WMP')).toEqual(['chief executive and wmp']);
  });

  it('counts a joint action under each lead in distinctLeads, with its own spelling', () => {
    const leads = distinctLeads([{ lead: 'Chief Executive' }, { lead: 'Chief Executive & Director of Public Health' }]);
    expect(leads.map((l) => l.displayName)).toEqual(['Chief Executive', 'Director of Public Health']);
    const both = [{ lead: 'Chief Executive' }, { lead: 'Chief Executive & Director of Public Health' }];
    expect(actionsForLead(both, leadKey('Director of Public Health'))).toEqual([both[1]]);
    expect(actionsForLead(both, leadKey('Chief Executive'))).toEqual(both);
  });

  it('never loses an action: every action is under at least one lead, each lead once', () => {
    const word = fc.constantFrom('Chief Executive', 'Head of Service (A & B)', 'Policy', 'Procedures Lead', 'Director', '');
    const lead = fc.array(word, { minLength: 1, maxLength: 3 }).chain((ws) => fc.constantFrom(' & ', ' / ', '&').map((sep) => ws.join(sep)));
    fc.assert(
      fc.property(fc.array(lead, { minLength: 1, maxLength: 12 }), (leads) => {
        const resolve = createLeadResolver(leads);
        for (const l of leads) {
          const refs = resolve(l);
          expect(refs.length).toBeGreaterThanOrEqual(1);
          expect(new Set(refs.map((r) => r.key)).size).toBe(refs.length);
          // One lead: the whole string, or a joint lead of one role twice ("A & A").
          if (refs.length === 1 && refs[0]?.key !== leadKey(l)) expect(new Set(leadParts(l).map(leadKey))).toEqual(new Set([refs[0]?.key]));
        }
      }),
    );
  });
});
