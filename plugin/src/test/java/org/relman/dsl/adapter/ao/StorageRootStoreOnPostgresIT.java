package org.relman.dsl.adapter.ao;

import org.relman.testkit.db.OnPostgres;

class StorageRootStoreOnPostgresIT extends StorageRootStoreContract implements OnPostgres {
}
