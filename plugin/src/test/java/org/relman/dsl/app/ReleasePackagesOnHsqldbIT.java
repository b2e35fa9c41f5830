package org.relman.dsl.app;

import org.relman.testkit.db.OnHsqldb;

class ReleasePackagesOnHsqldbIT extends ReleasePackagesContract implements OnHsqldb {
}
