import type { BrowserContext, Page } from 'playwright-core';

const MARK = '__otpCompanionTestMark';

/**
 * Stops the extension's service worker, as the browser does after 30 s idle, and waits until its
 * target is gone. The next message wakes a fresh worker with no memory of the old one; call
 * `isFreshWorker` after that to prove it.
 */
export async function stopServiceWorker(context: BrowserContext, extensionPage: Page): Promise<void> {
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('The extension has no running service worker to stop.');
  await worker.evaluate((mark) => Object.assign(globalThis, { [mark]: true }), MARK);
  const cdp = await context.newCDPSession(extensionPage);
  const workerTarget = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.find((target) => target.type === 'service_worker');
  const target = await workerTarget();
  if (!target) throw new Error('The service worker has no debugging target.');
  await cdp.send('Target.closeTarget', { targetId: target.targetId });
  const deadline = Date.now() + 10_000;
  while ((await workerTarget()) && Date.now() < deadline) await extensionPage.waitForTimeout(50);
  await cdp.detach();
}

/** Whether a service worker of the extension runs now, as the browser's targets say. */
export async function serviceWorkerRunning(context: BrowserContext, extensionPage: Page): Promise<boolean> {
  const cdp = await context.newCDPSession(extensionPage);
  try {
    return (await cdp.send('Target.getTargets')).targetInfos.some((target) => target.type === 'service_worker');
  } finally {
    await cdp.detach();
  }
}

/**
 * Stops the extension's service worker if one runs (as `stopServiceWorker`, without marking it),
 * and returns once none does. For tests that stop it again and again, some times with no message
 * in between to start it.
 */
export async function stopServiceWorkerIfRunning(context: BrowserContext, extensionPage: Page): Promise<void> {
  const cdp = await context.newCDPSession(extensionPage);
  try {
    const workerTarget = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.find((target) => target.type === 'service_worker');
    const target = await workerTarget();
    if (target) await cdp.send('Target.closeTarget', { targetId: target.targetId });
    const deadline = Date.now() + 10_000;
    while ((await workerTarget()) && Date.now() < deadline) await extensionPage.waitForTimeout(50);
    if (await workerTarget()) throw new Error('The service worker did not stop.');
  } finally {
    await cdp.detach();
  }
}

/** True when the running worker is not the one `stopServiceWorker` marked. */
export async function isFreshWorker(context: BrowserContext): Promise<boolean> {
  const worker = context.serviceWorkers().at(-1);
  if (!worker) return false;
  return worker.evaluate((mark) => !(mark in globalThis), MARK);
}
