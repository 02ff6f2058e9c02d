module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'platform-database',
  rootDir: __dirname,
};
