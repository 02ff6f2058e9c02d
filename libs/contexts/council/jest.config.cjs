module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'council',
  rootDir: __dirname,
};
