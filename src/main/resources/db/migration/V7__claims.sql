-- Money by the law of the customer's country. What an invoice owes is computed by one calculation from the invoice,
-- the rules of the customer's country and the dated movements below; the invoice keeps the interest and costs of the
-- last calculation (interest_until) so that lists and totals need no calculation per row.
alter table invoice add column interest numeric(19, 4) default 0 not null;
alter table invoice add column costs numeric(19, 4) default 0 not null;
alter table invoice add column interest_until date;
-- the day the claim for statutory interest and costs began (the policy's stage), and the end of the Dutch 14-day
-- letter's term; null until then
alter table invoice add column claims_from date;
alter table invoice add column fourteen_day_deadline date;

-- Every payment, credit and pause of an invoice, on the day it counts from: interest runs on the principal still
-- open, and payments are allocated in the order the law gives.
create table invoice_movement (
    invoice_id bigint         not null references invoice (id),
    position   integer        not null,
    kind       varchar(20)    not null,
    on_day     date           not null,
    amount     numeric(19, 4) not null,
    constraint pk_invoice_movement primary key (invoice_id, position)
);
-- what came in before movements were dated, on the day the invoice was registered
insert into invoice_movement (invoice_id, position, kind, on_day, amount)
    select id, 0, 'PAYMENT', cast(registered_at as date), paid from invoice where paid <> 0;
insert into invoice_movement (invoice_id, position, kind, on_day, amount)
    select id, case when paid <> 0 then 1 else 0 end, 'CREDIT', cast(registered_at as date), credited
    from invoice where credited <> 0;

-- late fees were keyed by month; they are now the n-th fee of the invoice
update fee_charge set fee_key = replace(fee_key, 'LATE_FEE_MONTH_', 'LATE_FEE_');
