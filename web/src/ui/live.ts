import { useEffect, useRef, useState } from 'preact/hooks';

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'stopped';

// Follows a live view's server-sent events (a meeting's, or an issue's, proposal's or communication's).
// The server sends `open` once this viewer is subscribed and
// `change` (data: {"type"}) after each committed write; `onChange` is called for both (changes made
// before the subscription, or while reconnecting, would otherwise be missed). A change of type
// `resync` means the server may have missed changes: fetch everything again. EventSource reconnects by itself.
export function useLiveEvents(url: string, onChange: (type: string) => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    const source = new EventSource(url, { withCredentials: true });
    const onOpen = (e: Event) => {
      // Both the connection's own open event and the server's `open` message arrive here; only the
      // message says the subscription is in place.
      if (!(e instanceof MessageEvent)) return;
      setState('live');
      handler.current('open');
    };
    const onChangeEvent = (e: MessageEvent<string>) => {
      let type = 'change';
      try {
        type = String(JSON.parse(e.data).type ?? type);
      } catch {
        // A change without details still means: fetch again.
      }
      handler.current(type);
    };
    const onError = () => setState(source.readyState === EventSource.CLOSED ? 'stopped' : 'reconnecting');
    source.addEventListener('open', onOpen);
    source.addEventListener('change', onChangeEvent as EventListener);
    source.addEventListener('error', onError);
    return () => source.close();
  }, [url]);
  return state;
}
