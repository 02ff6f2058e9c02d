module.exports = () => globalThis.__WSPOLNIE_TEST_POSTGRES__?.stop();
