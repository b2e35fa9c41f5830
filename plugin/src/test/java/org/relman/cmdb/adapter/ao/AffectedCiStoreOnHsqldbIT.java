package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnHsqldb;

class AffectedCiStoreOnHsqldbIT extends AffectedCiStoreContract implements OnHsqldb {
}
