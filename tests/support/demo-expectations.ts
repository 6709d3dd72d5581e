/**
 * Figures read off the demo fixture by hand, shared by the jsdom and Chromium tests so
 * both check the same independently stated answer.
 */

/**
 * The changes CSV from the December 2023 board to now, first five fields
 * (action_id, area_number, from, to, direction): the fixture's own notes in
 * fixtures/demo/hfd-2022/reviews.ts list these moves.
 */
export const CHANGES_SINCE_DECEMBER = [
  '2.3,2,amber,,changed',
  '3.5,3,amber,red,worsened',
  '5.6,5,green,amber,worsened',
  '7.5,7,amber,green,improved',
  '8.3,8,green,blue,improved',
  '9.4,9,green,blue,improved',
  '10.5,10,blue,amber,worsened',
] as const;
