-- PostgreSQL does not index a foreign key by itself (H2 does): without these, every ladder letter that looks for
-- the customer's other invoices, and every account view, read the whole invoice table (the benchmark's scan probe:
-- 3,545 invoice rows read per case in a wave of 1,000 at 2,400 invoices).
create index ix_invoice_customer on invoice (customer_id, status);
create index ix_call_record_customer_call on call_record (customer_call_id);
