package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnHsqldb;

class CmdbGraphOnHsqldbIT extends CmdbGraphContract implements OnHsqldb {
}
