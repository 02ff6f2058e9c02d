module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'advisory',
  rootDir: __dirname,
};
