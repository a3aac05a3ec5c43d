import { ref, shallowRef, type Ref } from 'vue';

export type AsyncState = 'idle' | 'loading' | 'ready' | 'error';

/** Runs a loader and exposes loading / error / data for a view; a newer call wins over an older one. */
export function useAsync<T>(loader: () => Promise<T>) {
  const data = shallowRef<T | null>(null) as Ref<T | null>;
  const state = ref<AsyncState>('idle');
  const error = shallowRef<unknown>(null);
  let generation = 0;

  async function run(): Promise<void> {
    const mine = ++generation;
    state.value = 'loading';
    error.value = null;
    try {
      const result = await loader();
      if (mine !== generation) return;
      data.value = result;
      state.value = 'ready';
    } catch (caught) {
      if (mine !== generation) return;
      error.value = caught;
      state.value = 'error';
    }
  }

  return { data, state, error, run };
}
