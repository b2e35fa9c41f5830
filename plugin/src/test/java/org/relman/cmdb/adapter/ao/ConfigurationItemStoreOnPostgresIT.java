package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnPostgres;

class ConfigurationItemStoreOnPostgresIT extends ConfigurationItemStoreContract implements OnPostgres {
}
