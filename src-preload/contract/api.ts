import type {
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  PushChannel,
  PushPayload,
  ValidatedRequest,
} from './channels';
import { invokeChannels } from './channels';

export type Unsubscribe = () => void;

/** How a bridge carries messages: Electron IPC, browser storage, or a test harness. */
export interface BridgeTransport {
  invoke(channel: InvokeChannel, request: unknown): Promise<unknown>;
  subscribe(channel: PushChannel, listener: (payload: unknown) => void): Unsubscribe;
}

type DomainOf<C> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C, D extends string> = C extends `${D}:${infer V}` ? V : never;

type InvokeFunction<C extends InvokeChannel> =
  undefined extends InvokeRequest<C>
    ? (request?: InvokeRequest<C>) => Promise<InvokeResponse<C>>
    : (request: InvokeRequest<C>) => Promise<InvokeResponse<C>>;

/**
 * `window.softphone`: one function per invoke channel, grouped by domain
 * (`softphone.settings.update(patch)`), plus typed event subscription.
 */
export type SoftphoneApi = {
  readonly [D in DomainOf<InvokeChannel>]: {
    readonly [C in InvokeChannel as VerbOf<C, D>]: InvokeFunction<C>;
  };
} & {
  readonly events: {
    on<C extends PushChannel>(channel: C, listener: (payload: PushPayload<C>) => void): Unsubscribe;
  };
};

/** Main's (or web mode's) implementation of every invoke channel. */
export type InvokeHandlers = {
  [C in InvokeChannel]: (
    request: ValidatedRequest<C>,
  ) => Promise<InvokeResponse<C>> | InvokeResponse<C>;
};

/** Builds the domain API over any transport, so every bridge has exactly the contract's shape. */
export function createSoftphoneApi(transport: BridgeTransport): SoftphoneApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of Object.keys(invokeChannels) as InvokeChannel[]) {
    const [domain, verb] = channel.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][verb] = (request?: unknown) => transport.invoke(channel, request);
  }
  api.events = {
    on: (channel: PushChannel, listener: (payload: unknown) => void) =>
      transport.subscribe(channel, listener),
  };
  return api as unknown as SoftphoneApi;
}
