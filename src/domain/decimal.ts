/**
 * Exact decimal arithmetic for the few sums that decide a boundary.
 *
 * Why: in binary floating point 90 - 0.1 is 89.9 but 0.3 - 0.1 is
 * 0.19999999999999998, so a value sitting exactly on a tolerance edge could be
 * judged on the wrong side. We read each number as the shortest decimal that
 * round-trips to it (what `String(n)` prints, i.e. the figure as the JSON wrote
 * it) and do the arithmetic on integers scaled by a power of ten with BigInt, so
 * `T - t <= v` is decided on the decimals the council published.
 */

/** `coefficient × 10^exponent`, exactly. */
export interface Decimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/** The exact decimal a finite number prints as. Throws on NaN or Infinity (a caller bug). */
export function toDecimal(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const match = NUMBER_TEXT.exec(String(value));
  if (!match) throw new RangeError(`Unexpected number text: ${String(value)}`);
  const [, sign = '', whole = '0', fraction = '', exp = '0'] = match;
  const coefficient = BigInt(`${sign}${whole}${fraction}`);
  return { coefficient, exponent: Number(exp) - fraction.length };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent);
  const scaleA = 10n ** BigInt(a.exponent - exponent);
  const scaleB = 10n ** BigInt(b.exponent - exponent);
  return [a.coefficient * scaleA, b.coefficient * scaleB, exponent];
}

export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = align(a, b);
  return { coefficient: x + y, exponent };
}

export function subtractDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = align(a, b);
  return { coefficient: x - y, exponent };
}

export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The nearest double to an exact decimal (correctly rounded by the number parser). */
export function decimalToNumber(d: Decimal): number {
  return Number(`${d.coefficient}e${d.exponent}`);
}

/** Exact comparison of two numbers as decimals. */
export function compareExact(a: number, b: number): -1 | 0 | 1 {
  return compareDecimal(toDecimal(a), toDecimal(b));
}

/** a - b computed exactly, then rounded once: 0.3 - 0.1 gives 0.2, not 0.19999999999999998. */
export function subtractExact(a: number, b: number): number {
  return decimalToNumber(subtractDecimal(toDecimal(a), toDecimal(b)));
}

/** Exact sign of (a + b) - c, for tests like T + t >= v without rounding a + b first. */
export function compareSum(a: number, b: number, c: number): -1 | 0 | 1 {
  return compareDecimal(addDecimal(toDecimal(a), toDecimal(b)), toDecimal(c));
}

/** Exact sign of (a - b) - c. */
export function compareDifference(a: number, b: number, c: number): -1 | 0 | 1 {
  return compareDecimal(subtractDecimal(toDecimal(a), toDecimal(b)), toDecimal(c));
}
