-- The J+n delivery deadline of each shipment (Circular 17/2017/TT-BTTTT Art. 7), set at pickup,
-- and when the deadline watch alerted on it (due today) or marked it overdue.
alter table shipment add column due_date date;
alter table shipment add column deadline_rule varchar(200);
alter table shipment add column due_alerted_at timestamp with time zone;
alter table shipment add column overdue_at timestamp with time zone;
create index ix_shipment_due on shipment (due_date);
