module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'platform-realtime',
  rootDir: __dirname,
};
