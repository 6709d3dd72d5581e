/**
 * The pure domain core: every figure the dashboard shows is computed here.
 * No React, no stores, no clock: "today" is always a `YYYY-MM-DD` argument.
 */
export * from './dates';
export * from './ratings';
export * from './deadlines';
export * from './leads';
export * from './areas';
export * from './rollup-types';
export * from './area-status';
export * from './rollup';
export * from './action-status';
export * from './decimal';
export * from './measure-points';
export * from './measure-rag';
export * from './direction';
export * from './year-on-year';
export * from './comparators';
export * from './measure-format';
export * from './measure-summary';
export * from './snapshot';
export * from './action-index';
export * from './review-changes';
export * from './review-counts';
export * from './impact';
export * from './csv';
export * from './csv-exports';
export * from './as-of';
export * from './check-in';
export * from './action-filter';
export * from './briefing';
export * from './chart-series';
export * from './written-deadline';
export * from './rating-words';
