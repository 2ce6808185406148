-- The platform identity reads each feed across tenants, in (xid, id) order.
create index outbox_event_feed_all on outbox_event (event_type, xid, id);
