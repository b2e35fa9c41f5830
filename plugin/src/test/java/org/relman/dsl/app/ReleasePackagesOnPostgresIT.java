package org.relman.dsl.app;

import org.relman.testkit.db.OnPostgres;

class ReleasePackagesOnPostgresIT extends ReleasePackagesContract implements OnPostgres {
}
