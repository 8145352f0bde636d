-- Each government's name in Chinese, for the workbench's Chinese pages; the registry file fills it on its next version.
alter table government add column name_zh varchar(200);
update government set name_zh = name;
alter table government alter column name_zh set not null;
