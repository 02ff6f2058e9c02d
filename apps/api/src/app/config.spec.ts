import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { portFreeOrExit } from './config';

describe('portFreeOrExit', () => {
  let taken: Server;
  let port: number;
  const exit = jest.spyOn(process, 'exit');
  const stderr = jest.spyOn(process.stderr, 'write');

  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    port = (taken.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => taken.close(resolve)));
  beforeEach(() => {
    exit.mockReset().mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    stderr.mockReset().mockImplementation(() => true);
  });
  afterAll(() => {
    exit.mockRestore();
    stderr.mockRestore();
  });

  it('ends the process with one line when the port is taken', async () => {
    await expect(portFreeOrExit(port)).rejects.toThrow('exit 1');
    expect(stderr.mock.calls).toEqual([
      [`Wspólnie could not start: port ${port} is already in use (is Wspólnie already running? Stop it, or set PORT to another port)\n`],
    ]);
  });

  it('lets a free port (and 0, any free port) through, and leaves it free', async () => {
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, resolve));
    const freePort = (free.address() as AddressInfo).port;
    await new Promise((resolve) => free.close(resolve));
    await portFreeOrExit(freePort);
    await portFreeOrExit(0);
    expect(exit).not.toHaveBeenCalled();
    const again = createServer();
    await new Promise<void>((resolve) => again.listen(freePort, resolve));
    await new Promise((resolve) => again.close(resolve));
  });
});
