/** The simulator's spans: its portals' side of each call (a real portal would record its own). */
export const SIMULATOR_TRACER = 'rma-hub.portal-sim';
