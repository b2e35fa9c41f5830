package org.relman.change.app;

import org.relman.testkit.db.OnPostgres;

class PanelStatementsOnPostgresIT extends PanelStatementsContract implements OnPostgres {
}
