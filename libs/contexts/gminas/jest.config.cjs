module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'gminas',
  rootDir: __dirname,
};
