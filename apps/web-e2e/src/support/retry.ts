// A browser test on a busy 2-core machine can lose a race with the machine rather than with the
// app (a page still settling when a locator reads it). Such a test runs once more, and the first
// failure is printed in full, so a flaky test is seen and fixed rather than hidden; a test that
// fails twice fails the run.
jest.retryTimes(1, { logErrorsBeforeRetry: true });
