package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnPostgres;

class AffectedCiStoreOnPostgresIT extends AffectedCiStoreContract implements OnPostgres {
}
