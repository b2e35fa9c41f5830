package org.relman.dsl.adapter.ao;

import org.relman.testkit.db.OnPostgres;

class DslEntryStoreOnPostgresIT extends DslEntryStoreContract implements OnPostgres {
}
