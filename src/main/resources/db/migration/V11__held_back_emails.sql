-- An email held back (outside the customer's contact hours, or over the weekly limit of dunning emails) goes out
-- from this moment on.
alter table outbox_message add column not_before timestamp with time zone;
create index idx_outbox_message_held on outbox_message (status, not_before);
create index idx_outbox_message_customer_planned on outbox_message (customer_id, channel);
