package org.relman.change.adapter.ao;

import org.relman.testkit.db.OnHsqldb;

class RoundStoreOnHsqldbIT extends RoundStoreContract implements OnHsqldb {
}
