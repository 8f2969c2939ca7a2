-- Credited on a payment plan's invoices when it was agreed (or last changed): a credit note pays no instalment, so
-- the instalments count the money that came in since, not the credits.
alter table payment_plan add column credited_at_agreement numeric(19, 4);

-- A plan running now counts the credits booked so far as it did (as received); only credits from now on pay no
-- instalment.
update payment_plan set credited_at_agreement = (
    select coalesce(sum(i.credited), 0) from plan_invoice pl join invoice i on i.id = pl.invoice_id
    where pl.plan_id = payment_plan.id and pl.status in ('COVERED', 'SETTLED'))
where status = 'ACTIVE';

-- What changed the agreed plan since its last letter about a change, for that letter: "taken-out", "credited" or
-- "due-date", and the invoices concerned.
alter table payment_plan add column pending_change varchar(1000);
