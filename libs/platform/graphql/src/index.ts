export * from './lib/graphql.module';
export * from './lib/loader-registry';
export * from './lib/format-error';
export * from './lib/validation.pipe';
export * from './lib/scalars';
export * from './lib/access-declarations';
export * from './lib/pln.scalar';
export * from './lib/versioned.input';
