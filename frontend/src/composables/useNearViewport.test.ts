import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { useNearViewport } from './useNearViewport';

const Probe = defineComponent({
  setup() {
    const el = ref<HTMLElement | null>(null);
    const near = useNearViewport(el);
    return () => h('div', { ref: el }, near.value ? 'near' : 'far');
  },
});

afterEach(() => vi.unstubAllGlobals());

describe('useNearViewport', () => {
  it('when the element comes near the viewport, then it turns true and stops observing', async () => {
    let report: ((entries: { isIntersecting: boolean }[]) => void) | undefined;
    const disconnect = vi.fn();
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: typeof report) {
          report = callback;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    const wrapper = mount(Probe);
    expect(wrapper.text()).toBe('far');
    report?.([{ isIntersecting: true }]);
    await wrapper.vm.$nextTick();
    expect(wrapper.text()).toBe('near');
    expect(disconnect).toHaveBeenCalled();
  });

  it('when the browser has no IntersectionObserver, then it is true at once', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const wrapper = mount(Probe);
    await wrapper.vm.$nextTick();
    expect(wrapper.text()).toBe('near');
  });
});
