-- Operators' status codes up to 32 characters: the generic SOAP contract names its codes in words
-- (ARRIVED_AT_DELIVERY_OFFICE). SET DATA TYPE is understood by PostgreSQL and H2 alike.
alter table operator_event alter column status_code set data type varchar(32);
alter table shipment_event alter column operator_status_code set data type varchar(32);
