import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The app's Prometheus metrics, in a registry of its own (tests create several apps). */
export class Metrics {
  readonly registry = new Registry();
  readonly reviews = new Counter({
    name: 'dba_reviews_total',
    help: 'Reviews finished, by outcome',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly reviewSeconds = new Histogram({
    name: 'dba_review_duration_seconds',
    help: 'Time from a job starting to its check run concluded',
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600],
    registers: [this.registry],
  });
  readonly commands = new Counter({
    name: 'dba_commands_total',
    help: '/dba commands, by command and result',
    labelNames: ['command', 'result'] as const,
    registers: [this.registry],
  });
  readonly queueDepth = new Gauge({ name: 'dba_queue_depth', help: 'Jobs waiting or running', registers: [this.registry] });
  readonly sandboxInUse = new Gauge({ name: 'dba_sandbox_reviews_running', help: 'Jobs using the sandbox right now', registers: [this.registry] });
  readonly githubErrors = new Counter({
    name: 'dba_github_api_errors_total',
    help: 'GitHub API requests that failed, by status',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });
  readonly deliveries = new Counter({
    name: 'dba_webhook_deliveries_total',
    help: 'Webhook deliveries, by event and whether they were new',
    labelNames: ['event', 'result'] as const,
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }
}
