module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'platform-i18n',
  rootDir: __dirname,
};
