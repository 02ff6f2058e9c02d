module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'platform-graphql',
  rootDir: __dirname,
};
