package org.relman.dsl.adapter.cmdb;

import org.relman.testkit.db.OnHsqldb;

class ReleasePackageRecordsOnHsqldbIT extends ReleasePackageRecordsContract implements OnHsqldb {
}
