// The app adopts the worker a prerendered page's boot script started, once, unless it failed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptBootWorker, BOOT_PARSE_WORKER } from './bootWorker';

const holder = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete holder[BOOT_PARSE_WORKER];
});

describe('adoptBootWorker', () => {
  it('is null where no boot script started one', () => {
    expect(adoptBootWorker()).toBeNull();
  });

  it('hands over the started worker once', () => {
    const worker = { terminate: vi.fn() };
    holder[BOOT_PARSE_WORKER] = { worker, failed: false };
    expect(adoptBootWorker()).toBe(worker);
    expect(adoptBootWorker()).toBeNull();
    expect(worker.terminate).not.toHaveBeenCalled();
  });

  it('drops a worker that failed before the app listened, so a fresh one is started', () => {
    const worker = { terminate: vi.fn() };
    holder[BOOT_PARSE_WORKER] = { worker, failed: true };
    expect(adoptBootWorker()).toBeNull();
    expect(worker.terminate).toHaveBeenCalled();
  });
});
