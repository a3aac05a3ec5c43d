import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

/**
 * Becomes true once the element comes within `margin` of the viewport (and stays true), so
 * content below the fold is fetched and rendered only when a customer scrolls towards it.
 * Without IntersectionObserver it is true at once.
 */
export function useNearViewport(target: Ref<HTMLElement | null>, margin = '300px'): Ref<boolean> {
  const near = ref(false);
  let observer: IntersectionObserver | undefined;
  onMounted(() => {
    if (typeof IntersectionObserver === 'undefined' || !target.value) {
      near.value = true;
      return;
    }
    observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          near.value = true;
          observer?.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(target.value);
  });
  onBeforeUnmount(() => observer?.disconnect());
  return near;
}
