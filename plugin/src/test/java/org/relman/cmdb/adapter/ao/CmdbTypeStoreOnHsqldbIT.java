package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnHsqldb;

class CmdbTypeStoreOnHsqldbIT extends CmdbTypeStoreContract implements OnHsqldb {
}
