package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnPostgres;

class CmdbTypeStoreOnPostgresIT extends CmdbTypeStoreContract implements OnPostgres {
}
