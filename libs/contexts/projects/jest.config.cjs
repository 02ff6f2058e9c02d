module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'projects',
  rootDir: __dirname,
};
