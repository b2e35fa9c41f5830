package org.relman.change.app;

import org.relman.testkit.db.OnHsqldb;

class CabAdministrationOnHsqldbIT extends CabAdministrationContract implements OnHsqldb {
}
