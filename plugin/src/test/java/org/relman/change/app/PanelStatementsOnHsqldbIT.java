package org.relman.change.app;

import org.relman.testkit.db.OnHsqldb;

class PanelStatementsOnHsqldbIT extends PanelStatementsContract implements OnHsqldb {
}
