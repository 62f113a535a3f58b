import { Migration } from '@mikro-orm/migrations';
import { folded } from '../../shared/search.js';
import { KEEP_PROJECT_SEARCH_TITLE_FUNCTION, PROJECT_SEARCH_TITLE_TRIGGER } from '../project-search.js';

/**
 * The title search of a call's projects reads a stored fold, not the fold of every title at every
 * search: project.search_title, written by the trigger project_search_title (project-search.ts)
 * before every insert and every change of the title, whoever writes; every project's here.
 */
export class Migration20261204094414 extends Migration {
  override name = 'Migration20261204094414';

  override up(): void | Promise<void> {
    this.addSql(`alter table "servizio_civile"."project" add column "search_title" text collate "C" null;`);
    this.addSql(`${KEEP_PROJECT_SEARCH_TITLE_FUNCTION};`);
    this.addSql(`${PROJECT_SEARCH_TITLE_TRIGGER.expression};`);
    this.addSql(`update "servizio_civile"."project" set "search_title" = ${folded('"title"')};`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "project_search_title" on "servizio_civile"."project";`);
    this.addSql(`drop function if exists "servizio_civile"."keep_project_search_title"();`);
    this.addSql(`alter table "servizio_civile"."project" drop column "search_title";`);
  }
}
