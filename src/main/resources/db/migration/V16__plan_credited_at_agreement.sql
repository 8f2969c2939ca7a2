-- Credited on a payment plan's invoices when it was agreed (or last changed): a credit note pays no instalment, so
-- the instalments count the money that came in since, not the credits. Unknown for plans agreed before, which go on
-- counting credits as they did.
alter table payment_plan add column credited_at_agreement numeric(19, 4);

-- What changed the agreed plan since its last letter about a change, for that letter: "credited" or "due-date" and
-- the invoices concerned (an invoice taken out is named from its own row).
alter table payment_plan add column pending_change varchar(1000);
