// The model's public face: what the page, the CLI and the tests import.
export * from './schema';
export * from './validate';
export * from './record';
export * from './levels';
export { simulate, type SimOptions } from './engine';
export { storyOf, EVENT, type StoryLine } from './history';
export { STAGE, STAGE_NAMES, ORIGIN, ORIGIN_NAMES, REASON, REASON_NAMES } from './population';
export { topShare, lifetimeValue } from './metrics';
