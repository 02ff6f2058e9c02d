module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'platform-storage',
  rootDir: __dirname,
};
