package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnHsqldb;

class ImportJobStoreOnHsqldbIT extends ImportJobStoreContract implements OnHsqldb {
}
