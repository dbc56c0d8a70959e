import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** Live JS heap of a page after a full garbage collection, in bytes. */
export async function pageHeapBytes(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * Live JS heap of the extension's service worker after a full garbage collection. Playwright has no
 * CDP session for workers, so the commands go through the worker's debugging target.
 */
export async function serviceWorkerHeapBytes(context: BrowserContext, anyPage: Page): Promise<number> {
  const cdp = await context.newCDPSession(anyPage);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((target) => target.type === 'service_worker');
    if (!worker) throw new Error('The extension has no running service worker.');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    await callInTarget(cdp, sessionId, 1, 'HeapProfiler.collectGarbage');
    const usage = (await callInTarget(cdp, sessionId, 2, 'Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('Target.detachFromTarget', { sessionId });
    return usage.usedSize;
  } finally {
    await cdp.detach();
  }
}

function callInTarget(cdp: CDPSession, sessionId: string, id: number, method: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: { sessionId?: string; message: string }) => {
      const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (event.sessionId !== sessionId || reply.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
      else resolve(reply.result);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(reject);
  });
}
