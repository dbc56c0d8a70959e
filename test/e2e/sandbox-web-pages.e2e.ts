// A web page open in the demo browser cannot use the sandbox: a plain cross-site form post (no
// preflight) to the Amadis register route, a no-cors fetch and a form from a sandboxed frame
// (Origin: null) are all refused, and no user is made. The same form sent without an Origin, as
// the extension's worker or a script sends it, does make one, so the refusals are the rule at work.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { sandboxAmadisUser, startTestSandbox, type Sandbox } from './support/sandbox-control';

const REGISTER = '/api/user/v1/register';

function formPage(action: string, email: string): string {
  return `<!doctype html><form method="post" action="${action}">
<input name="name" value="Page"><input name="email" value="${email}"><input name="password" value="pw">
<button>Send</button></form>`;
}

/** A site on another port of this computer, as any web site the user might have open. */
async function startSite(sandboxUrl: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const pages: Record<string, string> = {
      '/form': formPage(`${sandboxUrl}${REGISTER}`, 'form@amadis.test'),
      '/framed': `<!doctype html><iframe sandbox="allow-forms allow-scripts" srcdoc="${formPage(`${sandboxUrl}${REGISTER}`, 'framed@amadis.test').replaceAll('"', '&quot;')}"></iframe>`,
      '/blank': '<!doctype html><p>A site.</p>',
    };
    const body = pages[request.url ?? ''];
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function userExists(sandbox: Sandbox, email: string): Promise<boolean> {
  return sandboxAmadisUser(sandbox.url, email).then(
    () => true,
    () => false,
  );
}

describe('the sandbox refuses web pages', () => {
  let sandbox: Sandbox;
  let site: { url: string; server: Server };
  let session: ExtensionSession;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    site = await startSite(sandbox.url);
    session = await launchWithExtension();
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session);
    await new Promise((resolve) => site?.server.close(resolve));
    await sandbox?.close();
  });

  it('a cross-site form post is answered 403 and makes no user', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}/form`);
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith(REGISTER)),
      page.getByRole('button', { name: 'Send' }).click(),
    ]);
    expect(answer.status()).toBe(403);
    expect(await userExists(sandbox, 'form@amadis.test')).toBe(false);
    await page.close();
  });

  it('a no-cors fetch from a page makes no user', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}/blank`);
    const sent = await page.evaluate(async (url) => {
      const body = new URLSearchParams({ name: 'Fetch', email: 'fetch@amadis.test', password: 'pw' });
      await fetch(url, { method: 'POST', mode: 'no-cors', body });
      return true;
    }, `${sandbox.url}${REGISTER}`);
    expect(sent).toBe(true);
    expect(await userExists(sandbox, 'fetch@amadis.test')).toBe(false);
    await page.close();
  });

  it('a form in a sandboxed frame (Origin: null) makes no user', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}/framed`);
    const frame = page.frameLocator('iframe');
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith(REGISTER)),
      frame.getByRole('button', { name: 'Send' }).click(),
    ]);
    expect(answer.status()).toBe(403);
    expect(await userExists(sandbox, 'framed@amadis.test')).toBe(false);
    await page.close();
  });

  it('the same form without an Origin makes the user', async () => {
    const body = new URLSearchParams({ name: 'Script', email: 'script@amadis.test', password: 'pw' });
    const response = await fetch(`${sandbox.url}${REGISTER}`, { method: 'POST', body });
    expect(response.status).toBe(201);
    expect(await userExists(sandbox, 'script@amadis.test')).toBe(true);
  });
});
