// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { NAVIGATION } from '../composables/use-navigation';
import { i18n } from '../i18n';
import type { CallView } from '../sip/call-types';
import CallQuality from './CallQuality.vue';

type Quality = NonNullable<CallView['quality']>;

const render = (quality: Quality, open = vi.fn()) => ({
  open,
  wrapper: mount(CallQuality, {
    props: { quality },
    global: { plugins: [i18n], provide: { [NAVIGATION as symbol]: { open } } },
  }),
});

describe('CallQuality', () => {
  it('offers Test audio when the call sounds poor, and opens it', async () => {
    const { wrapper, open } = render({
      level: 'poor',
      mos: 2.1,
      lossPercent: 12,
      bytesReceived: 1,
      bytesSent: 1,
    });
    const button = wrapper.findAll('button').find((each) => each.text() === 'Test audio');
    expect(button).toBeDefined();
    await button!.trigger('click');
    expect(open).toHaveBeenCalledWith('audio-test');
  });

  it.each<Quality['level']>(['good', 'fair', 'unknown'])('does not offer it when %s', (level) => {
    expect(render({ level, bytesReceived: 1, bytesSent: 1 }).wrapper.text()).not.toContain(
      'Test audio',
    );
  });
});
