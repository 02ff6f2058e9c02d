module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'discussion',
  rootDir: __dirname,
};
