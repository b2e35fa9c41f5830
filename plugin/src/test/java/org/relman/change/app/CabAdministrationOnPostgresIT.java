package org.relman.change.app;

import org.relman.testkit.db.OnPostgres;

class CabAdministrationOnPostgresIT extends CabAdministrationContract implements OnPostgres {
}
