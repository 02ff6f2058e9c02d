export * from './lib/terc-code';
export * from './lib/polish-text';
export * from './lib/money';
