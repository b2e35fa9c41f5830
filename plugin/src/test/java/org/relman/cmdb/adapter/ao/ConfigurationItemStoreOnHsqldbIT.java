package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnHsqldb;

class ConfigurationItemStoreOnHsqldbIT extends ConfigurationItemStoreContract implements OnHsqldb {
}
