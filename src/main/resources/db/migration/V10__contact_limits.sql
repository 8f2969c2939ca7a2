-- A call in which the customer asked to be called again: the quiet days after a conversation do not hold the next.
alter table customer_call add column call_back_asked boolean default false not null;
