import { Migration } from '@mikro-orm/migrations';
import { PROJECT_SEARCH_TITLE } from '../project-search.js';

/**
 * The title search of a call's projects reads a stored fold, not the fold of every title at every
 * search: project.search_title, written by the trigger project_search_title (project-search.ts)
 * before every insert and every change of the title, whoever writes; every project's here.
 */
export class Migration20261204094414 extends Migration {
  override name = 'Migration20261204094414';

  override up(): void | Promise<void> {
    this.addSql(`alter table "servizio_civile"."project" add column "search_title" text collate "C" null;`);
    this.addSql(`${PROJECT_SEARCH_TITLE.functionSql};`);
    this.addSql(`${PROJECT_SEARCH_TITLE.trigger.expression};`);
    // Every project's, written by the trigger (a write of the text itself is made again from the title).
    this.addSql(`update "servizio_civile"."project" set "search_title" = null;`);
  }

  override down(): void | Promise<void> {
    for (const drop of PROJECT_SEARCH_TITLE.dropSql) this.addSql(`${drop};`);
    this.addSql(`alter table "servizio_civile"."project" drop column "search_title";`);
  }
}
