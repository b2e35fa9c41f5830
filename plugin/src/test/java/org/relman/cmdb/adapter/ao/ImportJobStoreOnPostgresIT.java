package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnPostgres;

class ImportJobStoreOnPostgresIT extends ImportJobStoreContract implements OnPostgres {
}
