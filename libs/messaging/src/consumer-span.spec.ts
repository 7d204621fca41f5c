import { ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { kafkaHeaderGetter } from './consumer-span';

describe('reading trace context from Kafka headers', () => {
  const propagator = new W3CTraceContextPropagator();
  const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

  it('finds the traceparent a producer sent, whose value arrives as a Buffer', () => {
    const headers = { 'message-id': Buffer.from('m-1'), traceparent: Buffer.from(traceparent), tracestate: Buffer.from('hub=1') };
    const parent = trace.getSpanContext(propagator.extract(ROOT_CONTEXT, headers, kafkaHeaderGetter));
    expect(parent).toMatchObject({ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: 1, isRemote: true });
    expect(parent?.traceState?.get('hub')).toBe('1');
  });

  it('takes the first of repeated headers, and a plain string as well', () => {
    expect(kafkaHeaderGetter.get({ traceparent: [Buffer.from(traceparent), Buffer.from('00-other')] }, 'traceparent')).toBe(traceparent);
    expect(kafkaHeaderGetter.get({ traceparent }, 'traceparent')).toBe(traceparent);
    expect(kafkaHeaderGetter.keys({ traceparent, 'message-id': 'm-1' })).toEqual(['traceparent', 'message-id']);
  });

  it('finds no trace in a message that carries none', () => {
    expect(kafkaHeaderGetter.get({ 'message-id': Buffer.from('m-1') }, 'traceparent')).toBeUndefined();
    expect(trace.getSpanContext(propagator.extract(ROOT_CONTEXT, { 'message-id': Buffer.from('m-1') }, kafkaHeaderGetter))).toBeUndefined();
  });
});
