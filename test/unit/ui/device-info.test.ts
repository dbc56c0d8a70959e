import { describe, expect, it } from 'vitest';
import { describeThisBrowser } from '../../../entrypoints/popup/views/server/device-info';

const UA = {
  chromeLinux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0',
  edgeMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36 Edg/150.0.1.2',
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Mobile Safari/537.36',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
};

describe('how this browser names itself as a trusted device', () => {
  it('prefers client hints, skipping the made-up brand and the engine behind a named browser', () => {
    const info = describeThisBrowser({
      userAgent: UA.chromeLinux,
      userAgentData: {
        brands: [
          { brand: 'Not)A;Brand', version: '8' },
          { brand: 'Chromium', version: '156' },
          { brand: 'Google Chrome', version: '156.0.7000.1' },
        ],
        platform: 'Linux',
      },
    });
    expect(info).toEqual({ operatingSystem: 'Linux', browser: 'Google Chrome 156', name: 'OTP Companion on Linux (Google Chrome 156)' });
    expect(
      describeThisBrowser({ userAgent: UA.chromeLinux, userAgentData: { brands: [{ brand: 'Chromium', version: '156' }], platform: 'Linux' } }),
    ).toMatchObject({ name: 'OTP Companion on Linux (Chromium 156)' });
  });

  it('reads the user-agent string where there are no client hints', () => {
    const described = Object.values(UA).map((userAgent) => describeThisBrowser({ userAgent }).name);
    expect(described).toEqual([
      'OTP Companion on Linux (Chrome 156)',
      'OTP Companion on Windows (Firefox 140)',
      'OTP Companion on macOS (Microsoft Edge 150)',
      'OTP Companion on Android (Chrome 150)',
      'OTP Companion on iOS (Safari 18)',
    ]);
    expect(describeThisBrowser({ userAgent: '' })).toEqual({
      operatingSystem: 'Unknown system',
      browser: 'Unknown browser',
      name: 'OTP Companion on Unknown system (Unknown browser)',
    });
  });
});
