-- When an invoice left its payment plan: the letter about a changed plan names those taken out after it was agreed,
-- not those that left while it was negotiated (the agreement already left them out). Unknown for rows left before.
alter table plan_invoice add column left_at timestamp with time zone;
