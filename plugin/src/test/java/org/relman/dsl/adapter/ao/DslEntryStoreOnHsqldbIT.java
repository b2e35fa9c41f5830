package org.relman.dsl.adapter.ao;

import org.relman.testkit.db.OnHsqldb;

class DslEntryStoreOnHsqldbIT extends DslEntryStoreContract implements OnHsqldb {
}
