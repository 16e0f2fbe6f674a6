import { markRaw } from 'vue';
import { Phone } from '../sip/phone';

/**
 * The single phone engine of this page. Marked raw: JsSIP objects must never become reactive
 * proxies (they hold sockets and peer connections and are mutated by JsSIP itself).
 */
export const phone = markRaw(new Phone());
