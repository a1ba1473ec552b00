import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the embedded database on port 3000 with demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: './data',
      databaseUrl: undefined,
      databasePoolSize: 10,
      loadDemoData: true,
    });
    expect(loadConfig({ DATABASE_POOL_SIZE: '4' }).databasePoolSize).toBe(4);
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('names every invalid setting', () => {
    expect(() =>
      loadConfig({ PORT: 'abc', DATABASE_URL: 'nonsense', DATABASE_POOL_SIZE: '0', DEMO_DATA: 'yes' }),
    ).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*DATABASE_POOL_SIZE[\s\S]*DEMO_DATA/);
  });

  it('sessions are cached 30 s and API keys live 365 days unless configured otherwise', () => {
    expect(loadConfig({})).toMatchObject({ sessionCacheSeconds: 30, apiKeyMaxDays: 365 });
    expect(loadConfig({ SESSION_CACHE_SECONDS: '0', API_KEY_MAX_DAYS: '30' })).toMatchObject({
      sessionCacheSeconds: 0,
      apiKeyMaxDays: 30,
    });
    // Beyond 300 s an ended session would outlive the in-process list of ended sessions (revoked-sessions.ts).
    expect(() => loadConfig({ SESSION_CACHE_SECONDS: '301', API_KEY_MAX_DAYS: '0' })).toThrow(
      /SESSION_CACHE_SECONDS[\s\S]*API_KEY_MAX_DAYS/,
    );
  });

  it('AGREEMENT_REMINDER_DAYS: days before the date, nearest last, each once; anything else stops the start', () => {
    expect(loadConfig({}).agreementReminderDays).toEqual([60, 14]);
    expect(loadConfig({ AGREEMENT_REMINDER_DAYS: ' 7, 30,7 ' }).agreementReminderDays).toEqual([30, 7]);
    for (const wrong of ['', '14,x', '0', '-3', '1.5']) {
      expect(() => loadConfig({ AGREEMENT_REMINDER_DAYS: wrong })).toThrow(/AGREEMENT_REMINDER_DAYS/);
    }
  });

  it('single sign-on needs issuer, client id and secret together', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.example' })).toThrow(/OIDC_/);
    const config = loadConfig({
      OIDC_ISSUER: 'https://login.example/realms/stadt',
      OIDC_CLIENT_ID: 'familiennetz',
      OIDC_CLIENT_SECRET: 'geheim',
    });
    expect(config.oidc).toMatchObject({
      issuer: 'https://login.example/realms/stadt',
      name: 'Single Sign-on',
    });
  });

  it('TRUST_PROXY is a hop count or a list of proxy addresses, never "trust everyone"', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,::1,fd00::/8,loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    for (const invalid of ['true', '*', '-1', '1.5', '10.0.0.0/33', 'proxy.example', '10.0.0.5,,10.0.0.6']) {
      expect(() => loadConfig({ TRUST_PROXY: invalid }), invalid).toThrow(/TRUST_PROXY/);
    }
  });

  it('REDIS_URL and the account lock are validated', () => {
    const config = loadConfig({});
    expect(config.redisUrl).toBeUndefined();
    expect(config.accountLock).toEqual({ attempts: 10, windowMs: 15 * 60_000 });
    expect(config.rateLimitWindowMs).toBe(60_000);
    const custom = loadConfig({
      REDIS_URL: 'redis://127.0.0.1:6379',
      SIGN_IN_LOCK_ATTEMPTS: '5',
      SIGN_IN_LOCK_MINUTES: '30',
    });
    expect(custom).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379',
      accountLock: { attempts: 5, windowMs: 30 * 60_000 },
    });
    expect(() =>
      loadConfig({
        REDIS_URL: 'http://cache.example',
        SIGN_IN_LOCK_ATTEMPTS: '0',
        SIGN_IN_LOCK_MINUTES: 'x',
      }),
    ).toThrow(/REDIS_URL[\s\S]*SIGN_IN_LOCK_ATTEMPTS[\s\S]*SIGN_IN_LOCK_MINUTES/);
  });
});
