import { describe, expect, it } from 'vitest';
import { areaNumbersById } from '../../src/domain/areas';

describe('areaNumbersById', () => {
  it('maps each id to its number', () => {
    expect([...areaNumbersById([{ id: 'a', number: 1 }, { id: 'b', number: 3 }])]).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
  });

  it('keeps the first number for an id a messy plan repeats', () => {
    expect(areaNumbersById([{ id: 'a', number: 1 }, { id: 'a', number: 7 }]).get('a')).toBe(1);
    expect(areaNumbersById([]).size).toBe(0);
  });
});
