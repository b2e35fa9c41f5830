package org.relman.dsl.adapter.cmdb;

import org.relman.testkit.db.OnPostgres;

class ReleasePackageRecordsOnPostgresIT extends ReleasePackageRecordsContract implements OnPostgres {
}
