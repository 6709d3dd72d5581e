import { describe, expect, it } from 'vitest';
import {
  actionsCsv,
  areaRollupCsv,
  changesCsv,
  compareSnapshots,
  csvField,
  csvFileName,
  indexActions,
  neutraliseFormula,
  rollupByArea,
  snapshotFromReview,
  toCsv,
} from '../../src/domain';
import { action, area } from './helpers';

describe('csv fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+44 1432', "'+44 1432"],
    ['-3', "'-3"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['=1,2', `"'=1,2"`],
    ['', ''],
    [' =not first', ' =not first'],
  ])('%j -> %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('writes numbers as they are and null as empty', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(neutraliseFormula('ok')).toBe('ok');
  });

  it('starts with a UTF-8 byte-order mark, which encodes as EF BB BF', () => {
    const bytes = new TextEncoder().encode(toCsv(['a'], []));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('names a file with the data\'s "as at" date', () => {
    expect(csvFileName(['hfd-2022', 'actions'], '2024-01-12')).toBe('hfd-2022-actions-as-at-2024-01-12.csv');
  });

  it('ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [null, 'y,z']])).toBe('\uFEFFa,b\r\n1,x\r\n,"y,z"\r\n');
  });
});

describe('csv exports', () => {
  const areas = [area('a1', 1, 'Corporate responsibility, across the council'), area('a2', 2, '=Workforce')];
  const actions = [
    action({ id: '1.1', areaId: 'a1', title: 'Allocate "additional" resources', lead: 'Chief Executive', deadline: '2024-06', rating: 'red' }),
    action({ id: '1.2', areaId: 'a1', title: 'Review', lead: '-Head', deadline: null, deadlineText: 'Spring 2023', rating: null }),
    action({ id: '2.1', areaId: 'a2', title: 'Recruit', lead: 'HR', deadline: '2023-02-30', rating: 'blue' }),
    action({ id: '9.1', areaId: 'ghost', title: 'Orphan', lead: 'HR', deadline: '2024-07-01', rating: 'blue' }),
  ];
  const today = '2024-07-30';

  it('area rollup', () => {
    expect(areaRollupCsv(rollupByArea(areas, actions, { today }))).toBe(
      '\uFEFFarea_number,area_title,blue,green,amber,red,not_due,unrated,total,overdue\r\n' +
        '1,"Corporate responsibility, across the council",0,0,0,1,0,1,2,1\r\n' +
        "2,'=Workforce,1,0,0,0,0,0,1,0\r\n" +
        ',ghost,1,0,0,0,0,0,1,0\r\n',
    );
  });

  it('actions', () => {
    expect(actionsCsv(actions, areas, today)).toBe(
      '\uFEFFid,area_number,title,lead,deadline,rating,overdue\r\n' +
        '1.1,1,"Allocate ""additional"" resources",Chief Executive,2024-06,red,yes\r\n' +
        "1.2,1,Review,'-Head,Spring 2023,,no\r\n" +
        '2.1,2,Recruit,HR,2023-02-30,blue,no\r\n' +
        '9.1,,Orphan,HR,2024-07-01,blue,no\r\n',
    );
  });

  it('changes', () => {
    const before = snapshotFromReview({ id: 'r1', date: '2024-06-11', forum: 'Board', ratings: [{ actionId: '1.1', rating: 'green' }, { actionId: '1.2', rating: 'amber' }] });
    const after = snapshotFromReview({
      id: 'r2',
      date: '2024-07-09',
      forum: 'Board',
      ratings: [
        { actionId: '1.1', rating: 'red', rationale: '=HYPERLINK("x")' },
        { actionId: '1.2', rating: null },
      ],
    });
    const { changes } = compareSnapshots(before, after, indexActions(actions));
    expect(changesCsv(changes, areas)).toBe(
      '\uFEFFaction_id,area_number,from,to,direction,rationale\r\n' + `1.1,1,green,red,worsened,"'=HYPERLINK(""x"")"\r\n` + '1.2,1,amber,,changed,\r\n',
    );
  });
});
