-- When the personal fields of a finished shipment's stored submission were erased (retention).
alter table shipment add column personal_data_erased_at timestamp with time zone;
