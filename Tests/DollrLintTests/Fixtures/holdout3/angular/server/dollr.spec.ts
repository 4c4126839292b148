import { afterEach, describe, expect, it, vi } from 'vitest';

describe('server/dollr', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('reuses the cached token for consecutive calls', async () => {
    vi.stubEnv('DOLLR_CLIENT_ID', 'mrc_test');
    vi.stubEnv('DOLLR_CLIENT_SECRET', 'test-secret');
    const fetchMock = vi.fn(async (url: string) =>
      url.endsWith('/v1/jwt/client/obtain/token')
        ? new Response(JSON.stringify({ access_token: 'fake-token', expires_in: 60 }))
        : new Response(JSON.stringify({ status: 'COMPLETED', reference_id: '6a1f0c52-3d4b-4e8a-9f27-b0c1d2e3f4a5', gateway_message: 'ok' })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const { dollr } = await import('./dollr');

    await dollr('GET', '/v1/status/collection/6a1f0c52-3d4b-4e8a-9f27-b0c1d2e3f4a5');
    await dollr('GET', '/v1/status/collection/6a1f0c52-3d4b-4e8a-9f27-b0c1d2e3f4a5');

    expect(fetchMock.mock.calls.filter(([u]) => String(u).includes('obtain/token'))).toHaveLength(1);
    expect(fetchMock.mock.calls.at(-1)?.[1]?.headers).toMatchObject({ Authorization: 'Bearer fake-token' });
  });
});
