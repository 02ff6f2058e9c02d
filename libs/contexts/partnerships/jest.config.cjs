module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'partnerships',
  rootDir: __dirname,
};
