package org.relman.dsl.adapter.ao;

import org.relman.testkit.db.OnHsqldb;

class StorageRootStoreOnHsqldbIT extends StorageRootStoreContract implements OnHsqldb {
}
