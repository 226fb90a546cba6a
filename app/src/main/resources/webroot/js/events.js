// Live events over Server-Sent Events (/api/events). Pages subscribe by type; '*' gets every event.
const listeners = new Map();
let source;

export function onEvent(type, handler) {
  if (!listeners.has(type)) listeners.set(type, new Set());
  listeners.get(type).add(handler);
  return () => listeners.get(type).delete(handler);
}

function dispatch(type, event) {
  [type, '*'].forEach(key => listeners.get(key)?.forEach(h => { try { h(event); } catch (e) { console.error(e); } }));
}

const TYPES = ['station.connected', 'station.disconnected', 'station.booted', 'connector.status', 'session.started',
  'session.updated', 'session.ended', 'command.answered', 'security.event', 'events.missed'];

export function connectEvents(indicator) {
  source = new EventSource('/api/events');
  source.onopen = () => indicator?.classList.add('live');
  source.onerror = () => indicator?.classList.remove('live');
  TYPES.forEach(type => source.addEventListener(type, msg => dispatch(type, JSON.parse(msg.data))));
}
