export * from './lib/terc-code';
export * from './lib/polish-text';
export * from './lib/money';
export * from './lib/warsaw-time';
