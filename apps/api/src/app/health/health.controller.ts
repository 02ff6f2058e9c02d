import { Controller, Get } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@wspolnie/platform-graphql';
import { PgListener } from '@wspolnie/platform-realtime';

/** For load balancers and orchestrators: no account, nothing about the data. */
@Public()
@Controller('health')
export class HealthController {
  private listener?: PgListener | null;

  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** The process is up and serving HTTP. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * The process can do its work: the database answers, and the LISTEN connection that wakes
   * live updates is up and answering its heartbeat. 503 otherwise. (While it is down,
   * subscribers still get every change, read every second instead of at once.)
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.pingCheck('database').withTimeout(1500), () => this.liveUpdates()]);
  }

  private liveUpdates() {
    const indicator = this.indicators.check('liveUpdates');
    const health = this.pgListener()?.health;
    if (!health) return indicator.up();
    const since = health.since.toISOString();
    return health.up ? indicator.up({ since }) : indicator.down({ message: 'the LISTEN connection is down; reconnecting', reason: health.reason, since, attempts: health.attempts ?? 0 });
  }

  /** The realtime module's listener (it lives in the contexts' modules, not this one). */
  private pgListener(): PgListener | undefined {
    if (this.listener === undefined) {
      try {
        this.listener = this.moduleRef.get(PgListener, { strict: false });
      } catch {
        this.listener = null;
      }
    }
    return this.listener ?? undefined;
  }
}
