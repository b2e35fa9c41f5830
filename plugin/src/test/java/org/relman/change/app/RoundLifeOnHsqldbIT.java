package org.relman.change.app;

import org.relman.testkit.db.OnHsqldb;

class RoundLifeOnHsqldbIT extends RoundLifeContract implements OnHsqldb {
}
