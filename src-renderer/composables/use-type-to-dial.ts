import { onBeforeUnmount, onMounted } from 'vue';
import { isTextEntry } from './text-entry';

const DIAL_KEY = /^[0-9*#+]$/;

/**
 * Lets a user just start typing a number: a dial key pressed while no text field has focus goes
 * to the Number field (which then takes focus, so Enter calls). Modified keys are left alone, so
 * shortcuts keep working.
 */
export function useTypeToDial(type: (key: string) => void): void {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (!DIAL_KEY.test(event.key) || isTextEntry(event.target)) return;
    event.preventDefault();
    type(event.key);
  };
  onMounted(() => window.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown));
}
