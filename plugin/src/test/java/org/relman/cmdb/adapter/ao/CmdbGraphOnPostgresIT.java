package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnPostgres;

class CmdbGraphOnPostgresIT extends CmdbGraphContract implements OnPostgres {
}
