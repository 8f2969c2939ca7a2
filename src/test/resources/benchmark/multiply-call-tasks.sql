-- TasklistFilterBenchmark at 100,000 call tasks: seed 20,000 through the engine (-Dbenchmark.tasks=20000), then run this
-- on that database (psql -h 127.0.0.1 -U postgres -d <database> -f ...) to add four copies of each call task.
-- Scales the engine-seeded call tasks up: copies of each Task_CallCustomer with its identity links, its task-local
-- variables and its authorization rows, under new ids (the original id plus '-<copy>'), copies 1..4.
\set ON_ERROR_STOP on
begin;
create temp table copies as select generate_series(1, 4) as k;
create temp table calls as select * from act_ru_task where task_def_key_ = 'Task_CallCustomer';
insert into act_ru_task select t.id_ || '-' || c.k, t.rev_, t.execution_id_, t.proc_inst_id_, t.proc_def_id_,
  t.case_execution_id_, t.case_inst_id_, t.case_def_id_, t.name_, t.parent_task_id_, t.description_, t.task_def_key_,
  t.owner_, t.assignee_, t.delegation_, t.priority_, t.create_time_, t.last_updated_, t.due_date_, t.follow_up_date_,
  t.suspension_state_, t.tenant_id_, t.task_state_
  from calls t cross join copies c;
insert into act_ru_identitylink select i.id_ || '-' || c.k, i.rev_, i.group_id_, i.type_, i.user_id_, i.task_id_ || '-' || c.k,
  i.proc_def_id_, i.tenant_id_ from act_ru_identitylink i join calls t on t.id_ = i.task_id_ cross join copies c;
insert into act_ru_variable select v.id_ || '-' || c.k, v.rev_, v.type_, v.name_, v.execution_id_, v.proc_inst_id_,
  v.proc_def_id_, v.case_execution_id_, v.case_inst_id_, v.task_id_ || '-' || c.k, v.batch_id_, v.bytearray_id_, v.double_,
  v.long_, v.text_, v.text2_, v.var_scope_ || '-' || c.k, v.sequence_counter_, v.is_concurrent_local_, v.tenant_id_
  from act_ru_variable v join calls t on t.id_ = v.task_id_ cross join copies c;
insert into act_ru_authorization select a.id_ || '-' || c.k, a.rev_, a.type_, a.group_id_, a.user_id_, a.resource_type_,
  a.resource_id_ || '-' || c.k, a.perms_, a.removal_time_, a.root_proc_inst_id_
  from act_ru_authorization a join calls t on t.id_ = a.resource_id_ and a.resource_type_ = 7 cross join copies c;
commit;
analyze;
select count(*) from act_ru_task;
select resource_type_, coalesce(group_id_, 'user'), count(*) from act_ru_authorization where resource_type_ = 7 group by 1, 2;
