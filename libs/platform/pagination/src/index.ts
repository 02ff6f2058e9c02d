export * from './lib/connection.types';
export * from './lib/cursor';
export * from './lib/paginate';
export * from './lib/newest-first';
