-- The W3C trace context of the transaction that wrote the event, so the relay publishes the originating trace
-- (the CloudEvents distributed-tracing extension) however much later it sends. Null when tracing is off.
alter table event_outbox add column traceparent text;
alter table event_outbox add column tracestate text;
